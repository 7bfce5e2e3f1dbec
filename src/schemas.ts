import {z} from "zod";

/** A table's schema: its name, what a row is, and its columns in order, each with a type and a description. */
export interface TableSchema<S extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  row: S;
  columns: string[];
}

function defineTable<S extends z.ZodObject>(name: string, description: string, row: S): TableSchema<S> {
  return {name, description, row, columns: Object.keys(row.shape)};
}

const date = z.string().regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/, "must be YYYY, YYYY-MM, YYYY-MM-DD or empty");
const day = z.string().regex(/^(?:\d{4}-\d{2}-\d{2})?$/, "must be YYYY-MM-DD or empty");
const precision = z.enum(["day", "month", "year", ""]);
const offset = z.number().int().nonnegative();
const actorCode = z.string().regex(/^(?:[A-Z][A-Z0-9]+)?$/, "must be an actor code or empty");

/** One row per article of the corpus. */
export const documentsSchema = defineTable(
  "documents",
  "One row per article of the corpus: where it came from and how much was found in it.",
  z.strictObject({
    doc_id: z.string().min(1).describe("The article's id: publisher-yyyy-mm-slug, also its file name"),
    title: z.string().describe("Headline"),
    publisher: z.string().describe("Outlet name"),
    url: z.string().describe("Address of the page the text was taken from"),
    published: date.describe("Publication date, YYYY-MM-DD or YYYY-MM"),
    published_precision: precision.describe("day or month"),
    published_note: z.string().describe("Why the publication date is approximate, if it is"),
    kind: z.string().describe("news, news analysis, commentary or opinion"),
    language: z.string().describe("ISO 639 language code"),
    body_length: offset.describe("Length of the body in UTF-16 code units (the unit of all offsets)"),
    statements: offset.describe("Number of statements extracted from the article, less those an editor rejected"),
    events: offset.describe("Number of events extracted from the article"),
    content_hash: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .describe("Hash of the article file, to tell when it changed")
  })
);

/** One row per statement. */
export const statementsSchema = defineTable(
  "statements",
  "One row per statement: who said what about whom, when, through which channel, with the words that decided each coded field and the offsets of the sentence it came from.",
  z.strictObject({
    statement_id: z
      .string()
      .min(1)
      .describe(
        "Stable id: the article id, -s, and a hash of the statement's words (numbered in order where rows share them)"
      ),
    doc_id: z.string().min(1).describe("The article the statement comes from (documents.doc_id)"),
    start: offset.describe("Start of the statement's span: UTF-16 offset into the article body"),
    end: offset.describe("End of the span (exclusive); quote = body.slice(start, end)"),
    quote: z.string().min(1).describe("The shortest passage carrying the statement, verbatim"),
    speaker: z.string().describe("The speaker as the text names them (a person, an office, a body, a collective)"),
    speaker_role: z.string().describe("The speaker's role as stated, or empty"),
    actor: actorCode.describe(
      "Who the speaker acts for: ISO 3166 alpha-2 code of a state, or a body's short name (BRICS, UN)"
    ),
    target: actorCode.describe("Whom the stance is about"),
    date: date.describe(
      "When the statement was made (not when the article appeared): YYYY-MM-DD, YYYY-MM, YYYY or empty"
    ),
    date_precision: precision.describe("day, month, year, or empty when the text gives no date"),
    date_start: day.describe("First day the date can mean (2017-08 → 2017-08-01), for drawing"),
    date_end: day.describe("Last day the date can mean (2017-08 → 2017-08-31)"),
    channel: z
      .enum(["public", "private"])
      .describe("The audience the speaker meant it for: public (for the record) or private (for the counterpart only)"),
    disclosure: z.enum(["on_record", "readout", "report", "leak", "anonymous"]).describe("How the text knows of it"),
    stance: z
      .number()
      .int()
      .min(-2)
      .max(2)
      .describe(
        "Stance toward the target on militancy: -2 accuses or pressures strongly … +2 shields or praises strongly"
      ),
    channel_cue: z.string().describe("The words that decided the channel (empty: the codebook's default)"),
    date_cue: z.string().describe("The words that decided the date (empty: the publication date)"),
    stance_cue: z.string().describe("The words that decided the stance (empty for 0)"),
    disclosure_cue: z.string().describe("The words that decided the disclosure"),
    actor_cue: z.string().describe("The words that decided the actor"),
    kind: z
      .enum(["quote", "reported", "act", "continued"])
      .describe(
        "Direct quotation, reported speech, stance-bearing act, or an unattributed quotation continuing the last speaker"
      ),
    confidence: z.number().min(0).max(1).describe("How sure the extractor is of the attribution, 0..1"),
    codebook_version: z.string().describe("Version of the codebook that coded the row"),
    review_status: z
      .enum(["machine", "accepted", "corrected", "rejected"])
      .describe(
        "machine: as extracted; accepted or corrected by an editor (the coded columns then hold the reviewed values); rejected: not a statement, kept for the record"
      ),
    reviewer: z.string().describe("Who reviewed the row, or empty"),
    review_date: day.describe("When it was reviewed, or empty"),
    review_note: z.string().describe("The reviewer's note, or empty"),
    machine_speaker: z.string().describe("The speaker as the extractor coded it"),
    machine_speaker_role: z.string().describe("The role as the extractor coded it"),
    machine_actor: actorCode.describe("The actor as the extractor coded it"),
    machine_target: actorCode.describe("The target as the extractor coded it"),
    machine_date: date.describe("The date as the extractor coded it"),
    machine_date_precision: precision.describe("The date precision as the extractor coded it"),
    machine_channel: z.enum(["public", "private"]).describe("The channel as the extractor coded it"),
    machine_disclosure: z
      .enum(["on_record", "readout", "report", "leak", "anonymous"])
      .describe("The disclosure as the extractor coded it"),
    machine_stance: z.number().int().min(-2).max(2).describe("The stance as the extractor coded it")
  })
);

/** The statement fields an editor can correct in a review; each has a `machine_` column keeping the extractor's value. */
export const reviewableFields = [
  "speaker",
  "speaker_role",
  "actor",
  "target",
  "date",
  "date_precision",
  "channel",
  "disclosure",
  "stance"
] as const;

/** One row per event. */
export const eventsSchema = defineTable(
  "events",
  "One row per event: something that happened at a time, which statements react to.",
  z.strictObject({
    event_id: z
      .string()
      .min(1)
      .describe(
        "Stable id: the article id, -e, and a hash of the event's words (numbered in order where rows share them)"
      ),
    doc_id: z.string().min(1).describe("The article the event comes from"),
    start: offset.describe("Start of the event's span: UTF-16 offset into the body"),
    end: offset.describe("End of the span (exclusive)"),
    span: z.string().min(1).describe("The passage naming the event, verbatim"),
    date: date.describe("When it happened: YYYY-MM-DD, YYYY-MM, YYYY or empty"),
    date_precision: precision.describe("day, month, year or empty"),
    date_start: day.describe("First day the date can mean"),
    date_end: day.describe("Last day the date can mean"),
    kind: z
      .enum(["attack", "summit", "declaration", "un_action", "meeting", "military_operation", "policy", "other"])
      .describe("Kind of event"),
    label: z.string().describe("Short description"),
    location: z.string().describe("Place as named in the text, or empty"),
    actors: z.string().describe("Actors involved, ;-separated codes or group names"),
    kind_cue: z.string().describe("The words that decided the kind"),
    date_cue: z.string().describe("The words that decided the date"),
    codebook_version: z.string().describe("Version of the codebook that coded the row")
  })
);

/** One row per actor that speaks in the corpus. */
export const actorsSchema = defineTable(
  "actors",
  "One row per actor (state or body) with statements in the corpus, with counts by channel (reviewed values; rejected statements left out).",
  z.strictObject({
    actor: actorCode.min(1).describe("Actor code"),
    name: z.string().describe("Name of the state or body"),
    kind: z.enum(["state", "body", "unknown"]).describe("state or body"),
    statements: offset.describe("Number of statements by the actor"),
    public: offset.describe("Number of public statements"),
    private: offset.describe("Number of private statements"),
    mean_stance: z.number().nullable().describe("Mean stance of its statements toward their targets, or null"),
    first_date: date.describe("Earliest statement date"),
    last_date: date.describe("Latest statement date")
  })
);

export const tableSchemas = [documentsSchema, statementsSchema, eventsSchema, actorsSchema] as const;
