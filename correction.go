package warta

import "time"

// Correction operations and the levels they act on.
const (
	CorrectionMerge = "merge" // put two events (or storylines) together
	CorrectionSplit = "split" // take an article out of its event, or an event out of its storyline

	LevelEvent     = "event"
	LevelStoryline = "storyline"
)

// Correction is an analyst's decision about the clustering that must
// survive re-ingest and re-clustering. Event and storyline ids change when
// the clustering does, so a correction names articles: a merge says that
// the event (or storyline) holding Subject and the one holding Object are
// one; a split at event level says that Subject is an event of its own,
// and at storyline level that the event holding Subject is a storyline of
// its own. Corrections apply in the order of their IDs, after every
// clustering run.
type Correction struct {
	ID        int64     `json:"id"`
	Op        string    `json:"op"`
	Level     string    `json:"level"`
	Subject   string    `json:"subject"`
	Object    string    `json:"object,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// Validate returns an Invalid error unless c names a known operation and
// level and the articles the operation needs: two distinct ones for a
// merge, one for a split.
func (c Correction) Validate() error {
	if c.Level != LevelEvent && c.Level != LevelStoryline {
		return Errorf(ErrInvalid, "correction: unknown level %q (want %s or %s)", c.Level, LevelEvent, LevelStoryline)
	}
	switch c.Op {
	case CorrectionMerge:
		if c.Subject == "" || c.Object == "" || c.Subject == c.Object {
			return Errorf(ErrInvalid, "correction: a merge needs two different articles, got %q and %q", c.Subject, c.Object)
		}
	case CorrectionSplit:
		if c.Subject == "" || c.Object != "" {
			return Errorf(ErrInvalid, "correction: a split needs exactly one article")
		}
	default:
		return Errorf(ErrInvalid, "correction: unknown operation %q (want %s or %s)", c.Op, CorrectionMerge, CorrectionSplit)
	}
	return nil
}
