package extract

// LineVerdict is what the cleaner decided about one line of its input.
type LineVerdict struct {
	Line   int    // the line's number in the input, from 1
	Text   string // the line as the cleaner saw it, spaces normalised
	Reason string // why the line was dropped; "" if it was kept, as body or title
}

// TextLines cleans s like TextWith and also returns a verdict for every
// line of s that is not blank, in input order. A kept line may still have
// lost a piece (a glued "Baca juga" link, a sign-off); Result.Removed lists
// those.
func TextLines(s string, o Options) (Result, []LineVerdict) {
	r, lines := cleanLines(s, false, o)
	v := make([]LineVerdict, len(lines))
	for i, l := range lines {
		v[i] = LineVerdict{Line: l.n, Text: l.text, Reason: l.drop}
	}
	return r, v
}
