package cluster

import (
	"reflect"
	"runtime"
	"sort"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

func art(id, lang, published, title, body string, names ...string) *warta.Article {
	a := &warta.Article{ID: id, Language: lang, Published: published, Title: title, Body: body,
		Stems: text.StemText(lang, title+"\n"+body)}
	for _, n := range names {
		a.Entities = append(a.Entities, warta.Entity{Text: n, Canonical: n, Type: warta.EntityLoc})
	}
	return a
}

// corpus is two stories we wrote: floods in a town and a port tender,
// three articles each, plus a copy of one flood article.
func corpus() []*warta.Article {
	return []*warta.Article{
		art("f1", "id", "2025-01-10", "Banjir rendam Kampung Melayu",
			"Banjir merendam ratusan rumah warga di Kampung Melayu, Jakarta Timur. Petugas mengevakuasi warga banjir ke posko pengungsian.",
			"Kampung Melayu", "Jakarta Timur"),
		art("f2", "id", "2025-01-11", "Pengungsi banjir Kampung Melayu bertambah",
			"Jumlah pengungsi banjir di Kampung Melayu bertambah menjadi 900 orang. Posko pengungsian kekurangan air bersih, kata petugas.",
			"Kampung Melayu"),
		art("f3", "id", "2025-01-15", "Banjir surut, warga Kampung Melayu kembali",
			"Banjir di Kampung Melayu surut. Warga pengungsian kembali ke rumah dan membersihkan lumpur sisa banjir.",
			"Kampung Melayu", "Jakarta Timur"),
		art("f1copy", "id", "2025-01-10", "Banjir rendam Kampung Melayu",
			"Banjir merendam ratusan rumah warga di Kampung Melayu, Jakarta Timur. Petugas mengevakuasi warga banjir ke posko pengungsian.",
			"Kampung Melayu", "Jakarta Timur"),
		art("p1", "id", "2024-06-12", "Tender pelabuhan Teluk Seruni dibuka",
			"Pemerintah membuka tender pembangunan pelabuhan peti kemas Teluk Seruni senilai Rp 4,2 triliun. Peserta tender mendaftar hingga Juli.",
			"Teluk Seruni"),
		art("p2", "id", "2024-08-20", "Nelayan protes pengerukan pelabuhan Teluk Seruni",
			"Nelayan memprotes pengerukan untuk pelabuhan peti kemas Teluk Seruni. Mereka menuduh kontraktor membuang lumpur ke karang.",
			"Teluk Seruni", "Karang Bintang"),
		art("p3", "id", "2025-01-06", "Pelabuhan Teluk Seruni diresmikan",
			"Menteri meresmikan pelabuhan peti kemas Teluk Seruni. Kapal pertama dijadwalkan bersandar pada Maret.",
			"Teluk Seruni"),
	}
}

func membership(stories []warta.Storyline) map[string]string {
	m := make(map[string]string)
	for _, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				m[id] = s.ID
			}
		}
	}
	return m
}

func TestBuildGroupsStories(t *testing.T) {
	arts := corpus()
	groups := []warta.ReportGroup{{ID: "g1", Kind: warta.GroupExact, Articles: []string{"f1", "f1copy"}}}
	stories := Build(arts, groups, Options{})
	story := membership(stories)

	if len(story) != len(arts) {
		t.Fatalf("Build placed %d articles, want %d", len(story), len(arts))
	}
	for _, same := range [][]string{{"f1", "f2", "f3", "f1copy"}, {"p1", "p2", "p3"}} {
		for _, id := range same[1:] {
			if story[id] != story[same[0]] {
				t.Errorf("%s is in storyline %s, want %s's storyline %s", id, story[id], same[0], story[same[0]])
			}
		}
	}
	if story["f1"] == story["p1"] {
		t.Errorf("flood and port articles share storyline %s", story["f1"])
	}

	events := make(map[string]int)
	for _, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				events[id]++
			}
			if ev.StorylineID != s.ID {
				t.Errorf("event %s says storyline %q, want %q", ev.ID, ev.StorylineID, s.ID)
			}
		}
		dates := make([]string, 0, len(s.Events))
		for _, ev := range s.Events {
			dates = append(dates, ev.Date)
		}
		if !sort.StringsAreSorted(dates) {
			t.Errorf("storyline %s events are not in date order: %v", s.ID, dates)
		}
	}
	for id, n := range events {
		if n != 1 {
			t.Errorf("article %s is in %d events, want 1", id, n)
		}
	}
	event := make(map[string]string)
	for _, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				event[id] = ev.ID
			}
		}
	}
	if event["f1"] != event["f1copy"] {
		t.Errorf("the copies f1 and f1copy are in events %s and %s, want one", event["f1"], event["f1copy"])
	}
	// Months apart, the port articles are events of one storyline.
	if event["p1"] == event["p2"] || event["p2"] == event["p3"] {
		t.Errorf("port events months apart share an event: %v", event)
	}
}

func TestBuildIsStable(t *testing.T) {
	arts := corpus()
	a := Build(arts, nil, Options{})
	// The same articles in another order give the same storylines.
	rev := make([]*warta.Article, len(arts))
	for i, x := range arts {
		rev[len(arts)-1-i] = x
	}
	b := Build(rev, nil, Options{})
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Build depends on input order:\n%+v\n%+v", a, b)
	}
}

func TestBuildEmptyAndUndated(t *testing.T) {
	if got := Build(nil, nil, Options{}); len(got) != 0 {
		t.Errorf("Build(nil) = %+v, want none", got)
	}
	arts := []*warta.Article{
		art("x1", "id", "", "Tanpa tanggal", "Sebuah artikel tanpa tanggal tentang gempa di Cianjur.", "Cianjur"),
		art("x2", "id", "2024-11-22", "Gempa Cianjur", "Gempa mengguncang Cianjur dan merusak rumah warga.", "Cianjur"),
	}
	stories := Build(arts, nil, Options{})
	if len(stories) != 1 {
		t.Fatalf("Build = %d storylines, want 1: %+v", len(stories), stories)
	}
	s := stories[0]
	if s.Start != "2024-11-22" || s.End != "2024-11-22" {
		t.Errorf("storyline range = %s…%s, want 2024-11-22…2024-11-22", s.Start, s.End)
	}
	if n := s.ArticleCount(); n != 2 {
		t.Errorf("storyline holds %d articles, want 2", n)
	}
}

func TestNameTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Gunung Kawiloka", []string{"kawiloka"}},
		{"Mount Kawiloka", []string{"kawiloka"}},
		{"Kim Jong Un", []string{"kim", "jong"}},
		{"Kabupaten Paser Hilir", []string{"paser", "hilir"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := nameTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBuildSameOnAnyNumberOfCPUs(t *testing.T) {
	arts := corpus()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	one := Build(arts, nil, Options{})
	runtime.GOMAXPROCS(4)
	four := Build(arts, nil, Options{})
	if !reflect.DeepEqual(one, four) {
		t.Errorf("Build differs with 1 and 4 CPUs:\n%+v\n%+v", one, four)
	}
}
