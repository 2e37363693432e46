// Package storetest is the one test suite every warta.Store implementation
// runs, so that the SQLite and PostgreSQL stores behave alike: Run checks
// the contract of each method, and Benchmark measures ingest and search.
// Article builds realistic articles for both.
package storetest
