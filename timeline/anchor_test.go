package timeline

import (
	"slices"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in, lang string
		want     float64
	}{
		{"12.418", "id", 12418},
		{"12,418", "en", 12418},
		{"4,2", "id", 4.2},
		{"4.2", "en", 4.2},
		{"1.250.000", "id", 1250000},
		{"1,250,000", "en", 1250000},
		{"3,5", "en", 3.5}, // one mark before other than three digits is decimal
		{"300", "es", 300},
	}
	for _, tt := range tests {
		got, ok := parseNumber(tt.in, tt.lang)
		if !ok || got != tt.want {
			t.Errorf("parseNumber(%q, %q) = %v, %v; want %v", tt.in, tt.lang, got, ok, tt.want)
		}
	}
}

// TestSentenceAnchors checks that an Indonesian sentence and its English
// rendering share their anchors: numbers with scales and units, other
// dates, names.
func TestSentenceAnchors(t *testing.T) {
	id := fixture{id: "id", body: "Sebanyak 12.418 warga dari tiga desa mengungsi dan pemerintah menyalurkan Rp 9,4 miliar, naik 12 persen, selama dua bulan sejak Selasa bersama BPBD.",
		timexes:  [][2]string{{"dua bulan", "P2M"}, {"Selasa", "2024-09-10"}},
		entities: [][2]string{{"BPBD", warta.EntityOrg}}}.article(t)
	en := fixture{id: "en", lang: "en", body: "Some 12,418 residents of three villages fled and the government sent 9.4 billion rupiah, up 12 percent, for two months since Tuesday with BPBD.",
		timexes:  [][2]string{{"two months", "P2M"}, {"Tuesday", "2024-09-10"}},
		entities: [][2]string{{"BPBD", warta.EntityOrg}}}.article(t)
	all := func(a *warta.Article) text.Span { return text.Span{Start: 0, End: len(a.Body)} }
	own := func(a *warta.Article) text.Span { return text.Span{Start: a.Timexes[1].Start, End: a.Timexes[1].End} }
	got, want := sentenceAnchors(id, all(id), own(id)), sentenceAnchors(en, all(en), own(en))
	for _, k := range []string{"#12418", "#9.4e+09", "#12%", "T:P2M", "@bpbd", "#3"} {
		if !got[k] || !want[k] {
			t.Errorf("anchor %q: Indonesian %v, English %v; want it in both", k, got[k], want[k])
		}
	}
	if got["T:2024-09-10"] {
		t.Errorf("the sentence's own date is an anchor: %v", got)
	}
}

// TestBuildAcrossLanguages checks that an Indonesian and an English
// account of one happening on one date share an entry when their numbers
// and other dates agree, and that accounts whose numbers differ, or that
// share only a person's name, do not.
func TestBuildAcrossLanguages(t *testing.T) {
	fs := []fixture{
		{id: "id1", outlet: "Kabar Nusantara", published: "2024-10-14",
			body: "Pengerukan alur rampung pada akhir September, sementara pemasangan 14 derek dijadwalkan selesai pada Desember. " +
				"Harga tiket naik 12 persen pada November, kata Rante.",
			timexes:  [][2]string{{"akhir September", "2024-09"}, {"Desember", "2024-12"}, {"November", "2024-11"}},
			entities: [][2]string{{"Rante", warta.EntityPerson}}},
		{id: "en1", outlet: "Borneo Daily Post", published: "2024-10-15", lang: "en",
			body: "Dredging of the channel finished at the end of September, and 14 cranes are due to be installed in December. " +
				"Fares will fall 7 percent in November, Rante said.",
			timexes:  [][2]string{{"the end of September", "2024-09"}, {"December", "2024-12"}, {"November", "2024-11"}},
			entities: [][2]string{{"Rante", warta.EntityPerson}}},
		{id: "id2", outlet: "Harian Timur", published: "2024-06-12",
			body:    "Tender pelabuhan dibuka pada Rabu (12/6/2024) dengan nilai 300 miliar.",
			timexes: [][2]string{{"Rabu (12/6/2024)", "2024-06-12"}}},
	}
	articles := map[string]*warta.Article{}
	story := warta.Storyline{ID: "s"}
	for _, f := range fs {
		articles[f.id] = f.article(t)
		story.Events = append(story.Events, warta.Event{ID: f.id, Date: f.published, Title: f.id, Articles: []string{f.id}})
	}
	tl := Build(story, articles, nil)
	for _, date := range []string{"2024-09", "2024-12"} {
		kind := warta.KindReported
		if date == "2024-12" {
			kind = warta.KindScheduled
		}
		if got := find(t, tl, date, kind).Articles; !slices.Equal(got, []string{"id1", "en1"}) {
			t.Errorf("%s %s holds %q, want the Indonesian and the English account together%s", date, kind, got, dump(tl))
		}
	}
	for _, ev := range tl.Events {
		if ev.Date == "2024-11" && len(ev.Articles) > 1 {
			t.Errorf("2024-11: accounts with other numbers (12 and 7 percent) and one speaker merged: %q%s", ev.Articles, dump(tl))
		}
	}
}
