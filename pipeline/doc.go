// Package pipeline composes Warta's stages. Analyzer runs the per-article
// stages (extract, lang, text, timex, entity, quote, claim) on one Document
// and returns an Article; Corpus runs the corpus stages (dedup, cluster) over
// a store and writes their results back. Stages stay pure: this package is
// the only place that knows their order, and it does no SQL and no HTTP.
package pipeline
