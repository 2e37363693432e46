package eval

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

var devGoldErrors = flag.Bool("timex.devgold.errors", false, "log the tagger's errors on our IndoTimex development gold")

const devGoldPath = "../timex/testdata/indotimex-dev-gold.tsv"

func TestTimexDevGold(t *testing.T) {
	dir := filepath.Join(sharedData, "indotimex")
	if _, err := os.Stat(filepath.Join(dir, devGoldDir)); err != nil {
		t.Skipf("IndoTimex development texts absent (%v): skipping", err)
	}
	r, err := TimexDevGold(dir, devGoldPath)
	if err != nil {
		t.Fatalf("TimexDevGold(%q, %q): %v", dir, devGoldPath, err)
	}
	// floors: the scores reached when the rules were last tuned, minus a
	// point or two, so that a regression fails
	checkGoldScores(t, "TimexDevGold", r, 50, map[string]float64{"value_f1": 0.96, "relaxed_f1": 0.98, "strict_f1": 0.97})
	if !*devGoldErrors {
		return
	}
	src, err := os.ReadFile(devGoldPath)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ParseTimexGold(string(src))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := devGoldDocs(filepath.Join(dir, devGoldDir), gold)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, doc := range docs {
		_, errs := scoreTimexDoc(doc, "id")
		for _, e := range errs {
			lines = append(lines, e.Kind+"\t"+e.Gold+"\t"+e.Sys+"\t"+filepath.Base(doc.Name)+" "+doc.DCT)
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
}

func TestParseTimexGold(t *testing.T) {
	for _, tc := range []struct {
		src     string
		want    int // labels, -1 for an error
		wantDoc string
	}{
		{"# file\tstart\tend\ttype\tvalue\ttext\na.tml\t3\t11\tDATE\t2013-11\tbulan ini\n", -1, ""}, // 9 bytes, span 8
		{"a.tml\t3\t12\tDATE\t2013-11\tbulan ini\n\nb.tml\t0\t4\tDATE\t2014\t2014\r\n", 2, "a.tml"},
		{"a.tml\t3\t12\tDATE\t2013-11\n", -1, ""},
		{"a.tml\tx\t12\tDATE\t2013-11\tbulan ini\n", -1, ""},
		{"a.tml\t12\t3\tDATE\t2013-11\tbulan ini\n", -1, ""},
		{"a.tml\t3\t12\tEVENT\t2013-11\tbulan ini\n", -1, ""},
		{"a.tml\t3\t12\tDATE\t\tbulan ini\n", -1, ""},
		{"a.tml\t0\t4\tDATE\t2014\t2014\na.tml\t2\t6\tDATE\t2014\t1420\n", -1, ""},
		{"# only a header\n", 0, ""},
	} {
		got, err := ParseTimexGold(tc.src)
		if tc.want < 0 {
			if err == nil {
				t.Errorf("ParseTimexGold(%q) = %v, want an error", tc.src, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseTimexGold(%q): %v", tc.src, err)
			continue
		}
		n := 0
		for _, ts := range got {
			n += len(ts)
		}
		if n != tc.want {
			t.Errorf("ParseTimexGold(%q) has %d labels, want %d", tc.src, n, tc.want)
		}
		if tc.wantDoc != "" && len(got[tc.wantDoc]) == 0 {
			t.Errorf("ParseTimexGold(%q) has no labels for %q", tc.src, tc.wantDoc)
		}
	}
}

func TestPadDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2013-12-4", "2013-12-04"},
		{"2013-1-4T10:00", "2013-01-04T10:00"},
		{"2014-11-19", "2014-11-19"},
		{"junk", "junk"},
	} {
		if got := padDate(tc.in); got != tc.want {
			t.Errorf("padDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzParseTimexGold(f *testing.F) {
	f.Add("a.tml\t3\t12\tDATE\t2013-11\tbulan ini\n")
	f.Add("# header\nb.tml\t0\t4\tDATE\t2014\t2014\r\n")
	f.Add("a.tml\t0\t4\tSET\tP1Y\t2014\na.tml\t2\t6\tDATE\t2014\t1420\n")
	f.Fuzz(func(t *testing.T, src string) {
		gold, err := ParseTimexGold(src)
		if err != nil {
			return
		}
		for name, ts := range gold {
			for i, x := range ts {
				if x.Start < 0 || x.End-x.Start != len(x.Text) {
					t.Fatalf("ParseTimexGold(%q): %s label %d spans %d-%d for %q", src, name, i, x.Start, x.End, x.Text)
				}
				if i > 0 && x.Start < ts[i-1].End {
					t.Fatalf("ParseTimexGold(%q): %s labels %d and %d overlap", src, name, i-1, i)
				}
			}
		}
	})
}

const newsGoldPath = "../timex/testdata/id-news-dev-gold.tsv"

func TestTimexNewsGold(t *testing.T) {
	dir := filepath.Join(sharedData, newsGoldDir)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("id-news-rss-2025 absent (%v): skipping", err)
	}
	r, err := TimexNewsGold(dir, newsGoldPath)
	if err != nil {
		t.Fatalf("TimexNewsGold(%q, %q): %v", dir, newsGoldPath, err)
	}
	checkGoldScores(t, "TimexNewsGold", r, 35, map[string]float64{"value_f1": 0.93, "relaxed_f1": 0.97, "strict_f1": 0.94})
	if !*devGoldErrors {
		return
	}
	logGoldErrors(t, dir, newsGoldPath, articleTexts)
}

// checkGoldScores logs r, the scores of the gold set name, and fails the
// test when it scored fewer than minN documents or falls under a floor.
func checkGoldScores(t *testing.T, name string, r Report, minN int, floors map[string]float64) {
	t.Helper()
	t.Logf("%s: n=%d strict_f1=%.4f relaxed_f1=%.4f value_f1=%.4f type_accuracy=%.4f (gold %v, system %v)",
		name, r.N, r.Metrics["strict_f1"], r.Metrics["relaxed_f1"], r.Metrics["value_f1"],
		r.Metrics["type_accuracy"], r.Metrics["gold"], r.Metrics["system"])
	if r.N < minN {
		t.Errorf("%s scored %d documents, want >= %d", name, r.N, minN)
	}
	for k, want := range floors {
		if got := r.Metrics[k]; got < want {
			t.Errorf("%s %s = %.4f, want >= %.4f", name, k, got, want)
		}
	}
}

// logGoldErrors logs, sorted, the tagger's disagreements with one of our
// gold files whose texts load reads from dir.
func logGoldErrors(t *testing.T, dir, goldPath string, load func(dir string, want map[string]string) (map[string]string, error)) {
	t.Helper()
	docs, err := newsGoldDocs(dir, goldPath, load)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, doc := range docs {
		_, errs := scoreTimexDoc(doc, "id")
		for _, e := range errs {
			lines = append(lines, e.Kind+"\t"+e.Gold+"\t"+e.Sys+"\t"+doc.Name[max(0, len(doc.Name)-40):]+" "+doc.DCT)
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
}

const indoSumGoldPath = "../timex/testdata/indosum-dev-gold.tsv"

func TestTimexIndoSumGold(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedData, "indosum-dev", "indosum")); err != nil {
		t.Skipf("indosum-dev absent (%v): skipping", err)
	}
	r, err := TimexIndoSumGold(sharedData, indoSumGoldPath)
	if err != nil {
		t.Fatalf("TimexIndoSumGold(%q, %q): %v", sharedData, indoSumGoldPath, err)
	}
	// labelled after the rules were written, as a held-out check (one rule came from it)
	checkGoldScores(t, "TimexIndoSumGold", r, 8, map[string]float64{"value_f1": 0.81, "relaxed_f1": 0.91, "strict_f1": 0.89})
	if !*devGoldErrors {
		return
	}
	logGoldErrors(t, r.Data, indoSumGoldPath, indoSumTexts)
}
