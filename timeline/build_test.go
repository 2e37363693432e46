package timeline

import (
	"reflect"
	"testing"

	"github.com/warta-news/warta"
)

func TestBuild(t *testing.T) {
	articles := map[string]*warta.Article{
		"a": {ID: "a", Outlet: "Kabar Nusantara", Body: "Gunung meletus pada Selasa. Warga mengungsi."},
		"b": {ID: "b", Outlet: "Harian Timur", Body: "Gunung meletus pada Selasa siang. Ribuan warga mengungsi."},
		"c": {ID: "c", Outlet: "Warta Pagi", Body: "Gunung meletus pada Selasa siang. Ribuan warga mengungsi."},
		"d": {ID: "d", Outlet: "Kabar Nusantara", Body: "Bantuan tiba di posko."},
		"e": {ID: "e", Body: "Tanpa tanggal."},
	}
	story := warta.Storyline{ID: "s-1", Title: "Erupsi", Events: []warta.Event{
		{ID: "e-3", Date: "", Title: "Tanpa tanggal", Articles: []string{"e"}},
		{ID: "e-2", Date: "2024-09-12", Title: "Bantuan", Articles: []string{"d"}},
		{ID: "e-1", Date: "2024-09-10", Title: "Letusan", Articles: []string{"a", "b", "c"}},
	}}
	// c copies b: the two count as one independent source.
	groups := []warta.ReportGroup{{ID: "g1", Kind: warta.GroupExact, Articles: []string{"b", "c"}}}

	tl := Build(story, articles, groups)
	if tl.Storyline != "s-1" || tl.Title != "Erupsi" {
		t.Errorf("Build = storyline %q title %q, want s-1 Erupsi", tl.Storyline, tl.Title)
	}
	var dates []string
	for _, ev := range tl.Events {
		dates = append(dates, ev.Date)
	}
	if want := []string{"2024-09-10", "2024-09-12", ""}; !reflect.DeepEqual(dates, want) {
		t.Errorf("event dates = %q, want %q (dated in order, undated last)", dates, want)
	}
	first := tl.Events[0]
	if first.IndependentSources != 2 {
		t.Errorf("independent sources = %d, want 2 (a, and b with its copy c)", first.IndependentSources)
	}
	if want := []string{"Harian Timur", "Kabar Nusantara", "Warta Pagi"}; !reflect.DeepEqual(first.Sources, want) {
		t.Errorf("sources = %q, want %q", first.Sources, want)
	}
	if first.Summary != "Gunung meletus pada Selasa." {
		t.Errorf("summary = %q, want the first article's lead sentence", first.Summary)
	}
	for _, ev := range tl.Events {
		if ev.Kind != warta.KindReported {
			t.Errorf("kind = %q, want %q", ev.Kind, warta.KindReported)
		}
		for _, e := range ev.Evidence {
			body := articles[e.Article].Body
			if e.Start < 0 || e.End > len(body) || e.Start >= e.End {
				t.Errorf("evidence %+v is not a span of %q", e, body)
			}
		}
	}
	if last := tl.Events[2]; last.IndependentSources != 1 || len(last.Sources) != 1 {
		t.Errorf("an article without outlet: sources %q, independent %d; want one named source", last.Sources, last.IndependentSources)
	}
}

func TestBuildEmpty(t *testing.T) {
	tl := Build(warta.Storyline{ID: "s"}, nil, nil)
	if tl.Events == nil || len(tl.Events) != 0 {
		t.Errorf("Build of an empty storyline = %#v, want an empty, non-nil event list", tl.Events)
	}
}
