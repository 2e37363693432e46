package warta

// DedupFeatures is what the dedup stage keeps of an article so that later
// articles are compared with it without reading its body: the hash of its
// normalised body, its outlet's comparable name, its MinHash signature in
// binary form and its rewrite anchors (hashed names, numbers and long
// words, sorted).
type DedupFeatures struct {
	Article   string
	BodyHash  string
	OutletKey string
	Signature []byte
	Anchors   []uint64
}

// ReportLink is one accepted pair of articles that carry the same report.
// Report groups are the connected components of the links. A is the
// lesser id.
type ReportLink struct {
	A, B     string
	Kind     string
	Score    float64
	Evidence []Alignment
}
