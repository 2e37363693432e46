package eval

import (
	"math"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestDateF1(t *testing.T) {
	pred := TLS{day("2010-01-01"): {"a"}, day("2010-01-03"): {"b"}}
	ref := TLS{day("2010-01-01"): {"a"}, day("2010-01-02"): {"c"}, day("2010-01-04"): {"d"}}
	p, r, f := DateF1(pred, ref)
	if !near(p, 0.5) || !near(r, 1.0/3) || !near(f, 0.4) {
		t.Errorf("DateF1 = %.4f %.4f %.4f, want 0.5 0.3333 0.4", p, r, f)
	}
	if p, r, f := DateF1(TLS{}, ref); p != 0 || r != 0 || f != 0 {
		t.Errorf("DateF1 of an empty timeline = %v %v %v, want zeros", p, r, f)
	}
}

// TestAlignedROUGE1 checks the metric on tiny timelines worked by hand.
func TestAlignedROUGE1(t *testing.T) {
	// The same timeline scores 1.
	same := TLS{day("2010-01-01"): {"Just a test ."}, day("2010-01-05"): {"Another day here ."}}
	if p, r, f := AlignedROUGE1(same, same, "xx"); !near(p, 1) || !near(r, 1) || !near(f, 1) {
		t.Errorf("identical timelines = %v %v %v, want 1 1 1", p, r, f)
	}

	// tilse's documented example (EVALUATION.md): prediction {1 Jan: "Just
	// a test .", "Another sentence ."; 3 Jan: "Some more content .", "Even
	// more !"}, one reference {2 Jan: "Just a test ."; 4 Jan: "This one
	// does not match ."}. Tokens (no stopwords for "xx"): just a test /
	// another sentence / some more content / even more; just a test / this
	// one does not match.
	//
	// Precision: 1 Jan aligns to 2 Jan (cost ½·(1−F), F > 0), 3 hits at
	// one day's distance count 1.5; 3 Jan shares nothing with either
	// reference date and aligns to the nearest, 2 Jan or 4 Jan (cost ½
	// both; the first), with no hits. Ten predicted tokens: 1.5/10.
	// Recall: 2 Jan aligns to 1 Jan, 1.5 again; 4 Jan to 3 Jan (cost ½,
	// less than 1 Jan's ¾), no hits. Eight reference tokens: 1.5/8.
	pred := TLS{
		day("2010-01-01"): {"Just a test .", "Another sentence ."},
		day("2010-01-03"): {"Some more content .", "Even more !"},
	}
	ref := TLS{day("2010-01-02"): {"Just a test ."}, day("2010-01-04"): {"This one does not match ."}}
	p, r, f := AlignedROUGE1(pred, ref, "xx")
	wantP, wantR := 1.5/10, 1.5/8
	wantF := 2 * wantP * wantR / (wantP + wantR)
	if !near(p, wantP) || !near(r, wantR) || !near(f, wantF) {
		t.Errorf("AlignedROUGE1 = %.4f %.4f %.4f, want %.4f %.4f %.4f", p, r, f, wantP, wantR, wantF)
	}

	// Many-to-one: two predicted dates may align to one reference date.
	pred2 := TLS{day("2010-01-01"): {"test"}, day("2010-01-02"): {"test"}}
	ref2 := TLS{day("2010-01-01"): {"test"}}
	p, r, _ = AlignedROUGE1(pred2, ref2, "xx")
	if !near(p, (1+0.5)/2) || !near(r, 1) {
		t.Errorf("many-to-one = %v %v, want 0.75 1", p, r)
	}
	if _, _, f := AlignedROUGE1(TLS{}, ref2, "xx"); f != 0 {
		t.Errorf("empty prediction F = %v, want 0", f)
	}
}
