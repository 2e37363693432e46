package cli

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// seedsDir is the shared acceptance corpus: five real Indonesian articles
// on Russia–North Korea relations, with no metadata.
const seedsDir = "../../shared/seeds"

func needSeeds(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("acceptance corpus %s not found (it lives beside the repository in ../shared): %v", seedsDir, err)
	}
}

func seedID(prefix string) string {
	m, _ := filepath.Glob(filepath.Join(seedsDir, prefix+"_*.txt"))
	if len(m) != 1 {
		return prefix
	}
	return strings.TrimSuffix(filepath.Base(m[0]), ".txt")
}

func TestSeedsAnalyze(t *testing.T) {
	needSeeds(t)
	db := filepath.Join(t.TempDir(), "unused.db")
	code, out, errOut := run(t, db, "", "analyze", "--json", seedsDir)
	if code != ExitOK {
		t.Fatalf("analyze exited %d: %s", code, errOut)
	}
	arts := make(map[string]warta.Article)
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a warta.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("analyze printed a line that is not JSON: %v", err)
		}
		arts[a.ID] = a
	}
	if len(arts) != 5 {
		t.Fatalf("analyze gave %d articles, want 5", len(arts))
	}
	banners := []string{"Tautan-tautan Akses", "Logo Bloomberg Technoz", "Laporan Wartawan", "No more pages", "Recommended"}
	for id, a := range arts {
		if a.Language != "id" {
			t.Errorf("%s: language = %q, want id", id, a.Language)
		}
		for _, b := range banners {
			if strings.Contains(a.Title, b) {
				t.Errorf("%s: title %q is boilerplate", id, a.Title)
			}
			if strings.Contains(a.Body, b) {
				t.Errorf("%s: body still holds boilerplate %q", id, b)
			}
		}
		for _, tx := range a.Timexes {
			if tx.Start < 0 || tx.End > len(a.Body) || tx.Start > tx.End || a.Body[tx.Start:tx.End] != tx.Text {
				t.Errorf("%s: timex %+v does not point at its text in the body", id, tx)
			}
		}
		for _, e := range a.Entities {
			if e.Start < 0 || e.End > len(a.Body) || e.Start > e.End || a.Body[e.Start:e.End] != e.Text {
				t.Errorf("%s: entity %+v does not point at its text in the body", id, e)
			}
		}
	}
	if got, want := arts[seedID("001")].Title, "Kim Puji Hubungan Korut-Rusia Jelang Kemungkinan Kunjungan Putin"; got != want {
		t.Errorf("001 title = %q, want %q", got, want)
	}
	if got := arts[seedID("003")].Outlet; !strings.EqualFold(got, "Tribunnews.com") {
		t.Errorf("003 outlet = %q, want Tribunnews.com", got)
	}
	if got := arts[seedID("004")].Outlet; got != "Bloomberg Technoz" {
		t.Errorf("004 outlet = %q, want Bloomberg Technoz", got)
	}
	// Publication dates read from the text alone (no metadata), within a
	// day of the truth: the weekday next to a numeric date decides the
	// day/month order.
	dates := map[string][]string{
		"000": {"2024-10-08", "2024-10-09"}, // "Selasa (10/8/2024)" is Tuesday 8 October
		"001": {"2024-06-12"},               // "Rabu (12/6)": Wednesday 12 June 2024
		"003": {"2023-09-13", "2023-09-14"}, // "Rabu (13/9/2023)"
		"004": {"2024-06-18", "2024-06-19"}, // "Selasa (18/06/2024)"
	}
	for prefix, want := range dates {
		a := arts[seedID(prefix)]
		ok := false
		for _, w := range want {
			ok = ok || a.Published == w
		}
		if !ok || a.PublishedSource != warta.SourceText {
			t.Errorf("%s: published = %q (%s), want one of %v from text", prefix, a.Published, a.PublishedSource, want)
		}
	}
}

func TestSeedsIngest(t *testing.T) {
	needSeeds(t)
	db := filepath.Join(t.TempDir(), "w.db")
	code, out, errOut := run(t, db, "", "ingest", "--json", seedsDir)
	if code != ExitOK {
		t.Fatalf("ingest exited %d: %s", code, errOut)
	}
	if res := decode[ingestOut](t, out); res.Added != 5 || len(res.Failed) != 0 {
		t.Fatalf("ingest = %+v, want 5 added and no failures", res)
	}
	// Re-ingesting the same content adds nothing.
	code, out, errOut = run(t, db, "", "ingest", "--json", seedsDir)
	if res := decode[ingestOut](t, out); code != ExitOK || res.Added != 0 || res.Unchanged != 5 {
		t.Fatalf("re-ingest = %d %+v (%s), want 0 added, 5 unchanged", code, res, errOut)
	}

	// 002 has no date of its own; its rewrite partner 000 lends one.
	code, out, errOut = run(t, db, "", "show", "--json", seedID("002"))
	if code != ExitOK {
		t.Fatalf("show 002 exited %d: %s", code, errOut)
	}
	if a := decode[warta.Article](t, out); (a.Published != "2024-10-08" && a.Published != "2024-10-09") || a.PublishedSource != warta.SourceInferred {
		t.Errorf("002 published = %q (%s), want 2024-10-08 or -09 inferred from its rewrite 000", a.Published, a.PublishedSource)
	}
	code, out, _ = run(t, db, "", "dups", "--json")
	dups := decode[struct {
		Groups []struct {
			Kind     string
			Articles []string
		}
	}](t, out)
	if code != ExitOK || len(dups.Groups) != 1 || dups.Groups[0].Kind != warta.GroupRewrite ||
		strings.Join(dups.Groups[0].Articles, " ") != seedID("000")+" "+seedID("002") {
		t.Errorf("dups = %+v, want one rewrite group of 000 and 002", dups.Groups)
	}

	// Every article is in exactly one event, every event in one storyline.
	code, out, errOut = run(t, db, "", "stories", "--json")
	if code != ExitOK {
		t.Fatalf("stories exited %d: %s", code, errOut)
	}
	stories := decode[struct{ Storylines []warta.Storyline }](t, out)
	seen := make(map[string]int)
	for _, s := range stories.Storylines {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				seen[id]++
			}
		}
	}
	if len(stories.Storylines) != 1 {
		t.Errorf("the seeds form %d storylines, want 1 (Russia–North Korea, Sept 2023 – Oct 2024)", len(stories.Storylines))
	} else if s := stories.Storylines[0]; s.Start != "2023-09-13" || s.End < "2024-10-08" {
		t.Errorf("the seeds' storyline runs %s … %s, want 2023-09-13 … 2024-10-08 or later", s.Start, s.End)
	}
	if len(seen) != 5 {
		t.Errorf("stories cover %d articles, want 5: %v", len(seen), seen)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("article %s is in %d events, want 1", id, n)
		}
	}

	// The timeline of the storyline the query names is in date order and
	// its evidence points into its articles.
	code, out, errOut = run(t, db, "", "timeline", "--json", "Kim Putin Pyongyang")
	if code != ExitOK {
		t.Fatalf("timeline exited %d: %s", code, errOut)
	}
	tl := decode[warta.Timeline](t, out)
	if len(tl.Events) == 0 {
		t.Fatal("timeline has no events")
	}
	var dates []string
	for _, ev := range tl.Events {
		if ev.Date != "" && !strings.Contains(ev.Date, "-W") { // ISO weeks do not sort as text
			dates = append(dates, ev.Date)
		}
		if ev.IndependentSources < 1 || len(ev.Sources) == 0 {
			t.Errorf("timeline event %q has %d independent sources of %v", ev.Title, ev.IndependentSources, ev.Sources)
		}
		for _, e := range ev.Evidence {
			code, out, errOut := run(t, db, "", "show", "--json", e.Article)
			if code != ExitOK {
				t.Fatalf("show %s exited %d: %s", e.Article, code, errOut)
			}
			a := decode[warta.Article](t, out)
			if e.Start < 0 || e.End <= e.Start || e.End > len(a.Body) {
				t.Errorf("evidence %+v is not a span of %s's body (%d bytes)", e, e.Article, len(a.Body))
			}
		}
	}
	if !sort.StringsAreSorted(dates) {
		t.Errorf("timeline dates %v are not in order", dates)
	}

	code, out, _ = run(t, db, "", "search", "--json", "Vostochny")
	if code != ExitOK {
		t.Fatalf("search exited %d", code)
	}
	res := decode[struct{ Results []warta.SearchResult }](t, out)
	ids := make(map[string]bool)
	for _, r := range res.Results {
		ids[r.ID] = true
	}
	for _, p := range []string{"001", "003"} {
		if !ids[seedID(p)] {
			t.Errorf("search Vostochny = %v, want %s among the results", ids, seedID(p))
		}
	}
}
