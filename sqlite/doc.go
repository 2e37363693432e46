// Package sqlite stores Warta's articles, annotations, report groups and
// storylines in a SQLite database file, through the pure-Go driver
// modernc.org/sqlite, so that the binary builds with CGO_ENABLED=0. It is
// the default warta.Store.
//
// The database runs in WAL mode with foreign keys on and synchronous=NORMAL.
// Writes go through a pool of exactly one connection whose transactions
// begin IMMEDIATE, so writers in this process queue in Go instead of failing
// with SQLITE_BUSY, and a writer in another process is waited for by
// busy_timeout. Reads use a separate pool of query-only connections that WAL
// lets run alongside the writer. Every connection maps up to 512 MiB of
// the file into memory (mmap_size), which spares a read system call per
// page.
//
// Articles are a rowid table: seq is the row's key and the article's rowid
// in the full-text index, and the id a UNIQUE index beside it, so that a
// look-up by id (each annotation row's foreign-key check) reads a small
// index rather than a B-tree of whole bodies. PutArticles writes a batch
// without a savepoint per article (a savepoint makes FTS5 write out its
// pending terms), its annotation rows gathered into multi-row inserts
// through statements prepared once per store; only when a write fails is
// the batch written again with one savepoint per article, so that the
// failure is charged to its own article.
//
// Full-text search uses an FTS5 table over each article's title as written
// and its stems (warta.Article.Stems), maintained inside PutArticle's
// transaction and ranked with bm25, the title weighted ten times the stems.
// Snippets come from the body, cut by package search.
//
// The schema is created and upgraded by the numbered SQL files under
// migrations/, embedded in the binary, each applied in its own transaction
// and recorded in schema_migrations. Migrations run with foreign-key
// enforcement off, as rebuilding a table needs, and are checked with
// foreign_key_check before they commit.
package sqlite
