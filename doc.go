// Package warta holds the domain of Warta, a news story intelligence engine:
// the types every stage and adapter shares (Document, Article, Entity, Timex,
// Quote, Claim, ReportGroup, Event, Storyline, Timeline) and the Store
// interface. It imports only the standard library.
//
// The pipeline runs in two phases. Per article: ingest reads a Document,
// extract cleans it, lang identifies its language, text tokenises and stems
// it, timex, entity, quote and claim annotate it. Per corpus: dedup finds
// articles that carry the same report, cluster groups articles into events
// and events into storylines, and timeline tells a storyline as dated events.
package warta
