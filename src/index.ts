// backchannel: who said what about whom, when, and through which channel. The library's public exports.

// Articles and the corpus
export {articleKinds, articleMetaSchema, formatArticle, parseArticle, readArticle} from "./article.ts";
export type {Article, ArticleMeta, ArticleText} from "./article.ts";
export {articleId} from "./articleId.ts";
export {addArticle} from "./addArticle.ts";
export type {AddedArticle, NewArticle} from "./addArticle.ts";
export {corpusFiles, readCorpus} from "./corpus.ts";
export type {Corpus} from "./corpus.ts";
export {InputError} from "./InputError.ts";
export {parseYaml} from "./parseYaml.ts";

// The codebook
export {codebookSchema, compileCodebook, defaultCodebookPath, loadCodebook} from "./codebook.ts";
export type {Channel, Codebook, CodebookData, Disclosure, EventKind, VerbKind} from "./codebook.ts";
export {compilePattern, inflect, normalizePhrase, PatternGroup, PatternSet} from "./patterns.ts";

// Extraction
export {extractArticle} from "./extractArticle.ts";
export {extractStatements} from "./extractStatements.ts";
export type {Statement, StatementKind} from "./extractStatements.ts";
export {extractEvents} from "./extractEvents.ts";
export type {ExtractedEvent} from "./extractEvents.ts";
export {segment} from "./segment.ts";
export type {Paragraph, Quotation, Segmentation, Sentence} from "./segment.ts";
export {tokenize} from "./tokenize.ts";
export type {Token} from "./tokenize.ts";
export {
  coarsenDate,
  findDateExpressions,
  parsePublicationDate,
  pointsAhead,
  resolveDate,
  resolveSequence
} from "./dates.ts";
export type {DateExpression, DatePrecision, PublicationDate, ResolvedDate} from "./dates.ts";
export {dateRange, precisionOfDate} from "./dateRange.ts";
export {isFurniture} from "./furniture.ts";
export {stableIds} from "./ids.ts";
export {engineFlags, tuneEngine} from "./tuneEngine.ts";

// Tables
export {
  actorsSchema,
  documentsSchema,
  eventsSchema,
  reviewableFields,
  statementsSchema,
  tableSchemas
} from "./schemas.ts";
export type {TableSchema} from "./schemas.ts";
export {articleRows, buildTables, reviewTables, toCSV, validateRows} from "./tables.ts";
export type {ActorRow, DocumentRow, EventRow, StatementRow, Tables} from "./tables.ts";
export {toParquet} from "./toParquet.ts";
export {columnType, dataDictionary, describeTable} from "./dataDictionary.ts";

// Reviews
export {correctionsSchema, parseReviews, readReviews, reviewsSchema} from "./readReviews.ts";
export type {Review, Reviews, ReviewStatus} from "./readReviews.ts";
export {applyReviews} from "./applyReviews.ts";
export {editReview} from "./editReview.ts";
export {reviewReport} from "./reviewReport.ts";
export type {OrphanedReview, ReviewReport} from "./reviewReport.ts";

// Analysis
export * from "./analysis/index.ts";

// Evaluation against gold annotations
export {evaluateArticle, matchSpans, readGold, scores, spansMatch} from "./evaluate.ts";
export type {ArticleEvaluation, GoldArticle, GoldEvent, GoldStatement, Tally} from "./evaluate.ts";
export {errorClasses, evaluateCorpus, formatEvaluation} from "./evaluateCorpus.ts";
export type {CorpusEvaluation, ErrorClass} from "./evaluateCorpus.ts";
