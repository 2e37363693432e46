// Package postgres stores Warta's articles, annotations, report groups and
// storylines in a PostgreSQL database, through github.com/jackc/pgx/v5 and
// its database/sql driver. It is the warta.Store for deployments that
// already run PostgreSQL, or that want several Warta processes to share one
// database.
//
// Full-text search uses a generated tsvector column over each article's
// title as written (weight A) and its stems (warta.Article.Stems, weight
// B), both through the 'simple' text-search configuration, which only
// lower-cases: the stems come stemmed from Warta's own text stage, so the
// same words match here as in the SQLite store, and a server without the
// 'indonesian' configuration works the same. Results are ranked with
// ts_rank, a title match weighing ten times a stem match; snippets come from
// the body, cut by package search.
//
// The schema is created and upgraded by the numbered SQL files under
// migrations/, embedded in the binary, each applied in its own transaction
// under an advisory lock and recorded in schema_migrations, in the first
// schema of the connection's search_path (set it with a search_path
// parameter in the URL to keep several stores in one database).
package postgres
