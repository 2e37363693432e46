package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

type storiesOut struct {
	Storylines []struct {
		ID     string `json:"id"`
		Events []struct {
			ID       string   `json:"id"`
			Articles []string `json:"articles"`
		} `json:"events"`
	} `json:"storylines"`
}

// placement maps each article to its event and storyline ids.
func placement(t *testing.T, db string) (event, story map[string]string, out storiesOut) {
	t.Helper()
	code, stdout, stderr := run(t, db, "", "stories", "--json")
	if code != ExitOK {
		t.Fatalf("stories: exit %d: %s", code, stderr)
	}
	out = decode[storiesOut](t, stdout)
	event, story = make(map[string]string), make(map[string]string)
	for _, s := range out.Storylines {
		for _, e := range s.Events {
			for _, a := range e.Articles {
				event[a], story[a] = e.ID, s.ID
			}
		}
	}
	return event, story, out
}

// addArticle ingests one new article, which makes the corpus stages run
// again over everything.
func addArticle(t *testing.T, db string, n int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("z%02d_tambahan.txt", n))
	body := fmt.Sprintf("Judul tambahan %d\n\nSebuah koperasi nelayan di Pulau Lembata nomor %d membuka gudang es baru pada Senin. "+
		"Ketua koperasi mengatakan gudang itu menampung hasil tangkapan dari tiga desa.\n", n, n)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, db, "", "ingest", path); code != ExitOK {
		t.Fatalf("ingest %s: exit %d: %s", path, code, stderr)
	}
}

func TestCorrectionsSurviveReclustering(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, stderr := run(t, db, "", "ingest", "../examples/articles"); code != ExitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	_, _, out := placement(t, db)
	if len(out.Storylines) < 2 {
		t.Fatalf("the examples form %d storylines, want two or more to merge", len(out.Storylines))
	}
	// Two events of two storylines, and an event of two or more articles.
	a := out.Storylines[0].Events[0]
	b := out.Storylines[1].Events[0]
	var pair []string
	for _, s := range out.Storylines {
		for _, e := range s.Events {
			if len(e.Articles) >= 2 && pair == nil {
				pair = e.Articles
			}
		}
	}
	if pair == nil {
		t.Fatal("no event of two articles in the examples to split")
	}
	code, stdout, stderr := run(t, db, "", "merge", "--json", a.ID, b.ID)
	if code != ExitOK {
		t.Fatalf("merge %s %s: exit %d: %s", a.ID, b.ID, code, stderr)
	}
	merged := decode[struct {
		Correction struct {
			ID int64 `json:"id"`
		} `json:"correction"`
	}](t, stdout).Correction.ID
	if code, _, stderr := run(t, db, "", "split", pair[1]); code != ExitOK {
		t.Fatalf("split %s: exit %d: %s", pair[1], code, stderr)
	}
	check := func(when string) {
		t.Helper()
		event, story, _ := placement(t, db)
		if event[a.Articles[0]] != event[b.Articles[0]] || story[a.Articles[0]] != story[b.Articles[0]] {
			t.Errorf("%s: %s and %s are in events %s and %s, want one merged event", when,
				a.Articles[0], b.Articles[0], event[a.Articles[0]], event[b.Articles[0]])
		}
		if event[pair[0]] == event[pair[1]] {
			t.Errorf("%s: %s is still in the event of %s, want an event of its own", when, pair[1], pair[0])
		}
	}
	check("after the corrections")
	addArticle(t, db, 1)
	check("after re-ingest and re-clustering")

	code, stdout, _ = run(t, db, "", "corrections", "--json")
	if got := decode[struct {
		Corrections []struct {
			Op string `json:"op"`
		} `json:"corrections"`
	}](t, stdout).Corrections; code != ExitOK || len(got) != 2 {
		t.Fatalf("corrections --json = %d, %s, want two corrections", code, stdout)
	}
	if code, _, stderr := run(t, db, "", "corrections", "--undo", fmt.Sprint(merged)); code != ExitOK {
		t.Fatalf("corrections --undo %d: exit %d: %s", merged, code, stderr)
	}
	addArticle(t, db, 2)
	after, _, _ := placement(t, db)
	if after[a.Articles[0]] == after[b.Articles[0]] {
		t.Errorf("after undoing the merge, %s and %s are still in one event", a.Articles[0], b.Articles[0])
	}
	if after[pair[0]] == after[pair[1]] {
		t.Errorf("undoing the merge undid the split of %s too", pair[1])
	}

	for _, bad := range [][]string{{"merge", a.ID}, {"split"}, {"merge", "e-nothing", "e-nothing2"}, {"split", "--story", pair[0]}} {
		if code, _, _ := run(t, db, "", bad...); code == ExitOK {
			t.Errorf("%v: exit 0, want a failure", bad)
		}
	}
}
