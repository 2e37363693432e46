package cli

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// TestSeedsTimeline is the timeline's acceptance test on the seeds: the
// storyline runs from the September 2023 summit through Putin's June 2024
// visit to the October 2024 messages; the 1961 treaty and the 2019
// Vladivostok visit are background, the trip of 19 June and the visit
// "next week" are scheduled; 000 and its rewrite 002 count as one
// independent source; and every evidence span lies in its article and
// holds the date expression or the sentence that tells the entry.
func TestSeedsTimeline(t *testing.T) {
	needSeeds(t)
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errOut := run(t, db, "", "ingest", seedsDir); code != ExitOK {
		t.Fatalf("ingest exited %d: %s", code, errOut)
	}
	code, out, errOut := run(t, db, "", "timeline", "--json", "Kim Putin Pyongyang")
	if code != ExitOK {
		t.Fatalf("timeline exited %d: %s", code, errOut)
	}
	tl := decode[warta.Timeline](t, out)
	bodies := map[string]*warta.Article{}
	article := func(id string) *warta.Article {
		if a, ok := bodies[id]; ok {
			return a
		}
		code, out, errOut := run(t, db, "", "show", "--json", id)
		if code != ExitOK {
			t.Fatalf("show %s exited %d: %s", id, code, errOut)
		}
		a := decode[warta.Article](t, out)
		bodies[id] = &a
		return &a
	}
	s000, s001, s002, s003, s004 := seedID("000"), seedID("001"), seedID("002"), seedID("003"), seedID("004")

	// has reports whether an entry dated within prefix, of kind, holds
	// article id and evidence from it containing all of words.
	has := func(prefix, kind, id string, words ...string) bool {
		for _, ev := range tl.Events {
			if !strings.HasPrefix(ev.Date, prefix) || (kind != "" && ev.Kind != kind) {
				continue
			}
			for _, e := range ev.Evidence {
				if e.Article != id {
					continue
				}
				sentence := article(id).Body[e.Start:e.End]
				if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(sentence, w) }) {
					return true
				}
			}
		}
		return false
	}
	for _, c := range []struct {
		what, prefix, kind, id string
		words                  []string
	}{
		{"the September 2023 summit, reported", "2023-09", warta.KindReported, s003, []string{"Vostochny"}},
		{"the summit, recalled by 000", "2023-09", "", s000, []string{"September 2023"}},
		{"Putin's June 2024 visit, announced for next week", "2024-W25", warta.KindScheduled, s001, []string{"kunjungan"}},
		{"Putin's trip on from Pyongyang, scheduled", "2024-06-19", warta.KindScheduled, s004, []string{"Vietnam"}},
		{"Putin's June visit, recalled in October", "2024-06", "", s000, []string{"kunjungan Putin ke Pyongyang"}},
		{"the October 2024 birthday message", "2024-10-08", warta.KindReported, s000, []string{"ulang tahun"}},
		{"the 1961 treaty, background", "1961", warta.KindBackground, s004, []string{"1961"}},
		{"Kim's 2019 Vladivostok visit, background", "2019-04-25", warta.KindBackground, s001, []string{"Vladivostok"}},
	} {
		if !has(c.prefix, c.kind, c.id, c.words...) {
			t.Errorf("no entry for %s (%s %s in %s with %q)", c.what, c.prefix, c.kind, c.id, c.words)
		}
	}

	var first, last string
	for _, ev := range tl.Events {
		if ev.Date == "" {
			continue
		}
		if ev.Kind != warta.KindBackground && first == "" {
			first = ev.Date
		}
		last = ev.Date
		if slices.Contains(ev.Articles, s000) && slices.Contains(ev.Articles, s002) {
			others := len(ev.Articles) - 2
			if ev.IndependentSources > others+1 {
				t.Errorf("%s %q: %d independent sources of %q; 000 and its rewrite 002 must count once",
					ev.Date, ev.Title, ev.IndependentSources, ev.Articles)
			}
		}
		for _, e := range ev.Evidence {
			a := article(e.Article)
			if e.Start < 0 || e.End > len(a.Body) || e.Start >= e.End {
				t.Fatalf("%s %q: evidence %+v is not a span of %s (%d bytes)", ev.Date, ev.Title, e, e.Article, len(a.Body))
			}
			if !slices.Contains(ev.Articles, e.Article) {
				t.Errorf("%s %q: evidence from %s, which the entry does not list", ev.Date, ev.Title, e.Article)
			}
			if e.DateEnd > 0 {
				if e.DateStart < e.Start || e.DateEnd > e.End || !slices.ContainsFunc(a.Timexes, func(x warta.Timex) bool {
					return x.Start == e.DateStart && x.End == e.DateEnd
				}) {
					t.Errorf("%s %q: evidence %+v does not hold a date expression of %s", ev.Date, ev.Title, e, e.Article)
				}
				continue
			}
			// No date expression: the span is a whole sentence that tells
			// the article's news of the day.
			sentence := strings.TrimSpace(a.Body[e.Start:e.End])
			if sentence == "" || ev.Kind != warta.KindReported || !strings.Contains(a.Body, sentence) {
				t.Errorf("%s %q: evidence %+v holds no date and is no lead sentence", ev.Date, ev.Title, e)
			}
		}
	}
	if !strings.HasPrefix(first, "2023-09") || last < "2024-10-08" {
		t.Errorf("the storyline's timeline runs %s … %s, want the September 2023 summit … the October 2024 messages", first, last)
	}
	for _, id := range []string{s000, s001, s002, s003, s004} {
		if !slices.ContainsFunc(tl.New, func(nc warta.NewContent) bool { return nc.Article == id }) {
			t.Errorf("what is new lists no entry for %s", id)
		}
	}
}

// TestTimelineOutputs checks the text and Markdown timelines on our own
// examples: kinds, independent sources, origin chains and what each
// article added.
func TestTimelineOutputs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errOut := run(t, db, "", "ingest", "../examples/articles"); code != ExitOK {
		t.Fatalf("ingest exited %d: %s", code, errOut)
	}
	code, out, errOut := run(t, db, "", "timeline", "Kawiloka erupsi")
	if code != ExitOK {
		t.Fatalf("timeline exited %d: %s", code, errOut)
	}
	for _, want := range []string{"1998        background", "2024-09-10  reported",
		"origins: Harian Timur ← Warta Pagi", "(1 independent)", "* carries content"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline text lacks %q:\n%s", want, out)
		}
	}
	code, out, errOut = run(t, db, "", "timeline", "--markdown", "Kawiloka erupsi")
	if code != ExitOK {
		t.Fatalf("timeline --markdown exited %d: %s", code, errOut)
	}
	for _, want := range []string{"| date | kind | what happened | sources | independent | origins |",
		"| 2010 | background |", "## What each article added", "- 2024-09-10 a01_kabar-nusantara_erupsi"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline Markdown lacks %q:\n%s", want, out)
		}
	}
}
