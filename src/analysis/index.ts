export {stanceByActorChannelPeriod, type StanceByPeriodOptions} from "./stanceByActorChannelPeriod.ts";
export {publicPrivateGap, type GapOptions} from "./publicPrivateGap.ts";
export {statementsAroundEvents, type AroundEventsOptions} from "./statementsAroundEvents.ts";
export {storySummary, type StorySummaryOptions} from "./storySummary.ts";
export {countedStatements} from "./countedStatements.ts";
export {speakersByChannel, type SpeakersOptions} from "./speakersByChannel.ts";
export {mostReportedEvents} from "./mostReportedEvents.ts";
export {stanceBeforeAfter, type BeforeAfterOptions} from "./stanceBeforeAfter.ts";
export {
  analysisSchemas,
  gapSchema,
  stancePeriodsSchema,
  statementsAroundEventsSchema,
  storySummarySchema,
  type StorySummary
} from "./schemas.ts";
