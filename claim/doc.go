// Package claim finds the statements of a news article typed by stance:
// who asserts, accuses, denies, confirms or retracts what, and about whom.
//
// It reads the sentences of the body with package text and the entities and
// quotes found by packages entity and quote, and applies cue words of
// Indonesian and English news. It does no I/O. Offsets are byte offsets into
// the body passed in.
package claim
