// Package cli is Warta's command line: it parses flags into a Config,
// opens the store the Config names, wires the stages through package
// pipeline and prints results for people or, with --json, as the single
// JSON document the contract defines. Main is what cmd/warta runs and what
// end-to-end tests run with a temporary database.
package cli
