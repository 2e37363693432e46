package eval

// Report is the result of one evaluation run, in the contract's shape.
type Report struct {
	Task    string             `json:"task"`
	Data    string             `json:"data"`
	Split   string             `json:"split,omitempty"`
	N       int                `json:"n"`
	Metrics map[string]float64 `json:"metrics"`
	// Parts holds per-subset reports (e.g. one per data set or level).
	Parts []Report `json:"parts,omitempty"`
	// Notes says what was measured and how, in a sentence or two.
	Notes string `json:"notes,omitempty"`
}

// PRF returns precision, recall and F1 from counts of true positives,
// false positives and false negatives. Empty denominators give 0.
func PRF(tp, fp, fn float64) (p, r, f float64) {
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
