// Package quote finds reported speech in a news article: direct quotes in
// quote marks and indirect speech introduced by a speech verb or a source
// phrase, each with its speaker and the cue word that introduced it.
//
// It works from rules and cue lists for Indonesian and English, and from the
// entities that package entity found in the same body, whose canonical
// names become speakers. It does no I/O. Offsets are byte offsets into the
// body passed in.
package quote
