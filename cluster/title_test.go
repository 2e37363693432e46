package cluster

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

func TestShouted(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"SENDANGREJO", true},
		{"SUNGAI BARA", true},
		{"BPBD", false},   // an acronym
		{"UNICEF", false}, // six letters: still an acronym
		{"Sungai Bara", false},
		{"PT SST", false},
		{"BALI", false}, // a short dateline passes for an acronym
		{"", false},
	}
	for _, tt := range tests {
		if got := shouted(tt.name); got != tt.want {
			t.Errorf("shouted(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("kata ", 30)
	tests := []struct {
		in, want string
	}{
		{"Erupsi Gunung Kawiloka", "Erupsi Gunung Kawiloka"},
		{"  spasi  ", "spasi"},
		{long, strings.TrimSpace(strings.Repeat("kata ", 15)) + "…"},
	}
	for _, tt := range tests {
		got := clip(tt.in, 80)
		if got != tt.want {
			t.Errorf("clip(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > 80 {
			t.Errorf("clip(%q) has %d characters, want at most 80", tt.in, n)
		}
	}
}

func TestComposeTitle(t *testing.T) {
	long := strings.Repeat("x", 40)
	tests := []struct {
		names, words []string
		want         string
	}{
		{[]string{"Gunung Kawiloka"}, []string{"erupsi", "pengungsi"}, "Gunung Kawiloka: erupsi, pengungsi"},
		{[]string{"Kim Jong Un", "Rusia"}, nil, "Kim Jong Un, Rusia"},
		// Too long: the last word goes, then the second name.
		{[]string{long, "Rusia"}, []string{long}, long + ", Rusia"},
		{[]string{long, long + "y"}, []string{"kata"}, long},
	}
	for _, tt := range tests {
		if got := composeTitle(tt.names, tt.words); got != tt.want {
			t.Errorf("composeTitle(%q, %q) = %q, want %q", tt.names, tt.words, got, tt.want)
		}
	}
}

// eventNamed returns an event of articles naming names, each name
// followed by how many of them do.
func eventNamed(articles int, counts map[string]int32) *event {
	ev := &event{nameArts: counts}
	for i := 0; i < articles; i++ {
		ev.articles = append(ev.articles, string(rune('a'+i)))
	}
	return ev
}

func TestKeyNames(t *testing.T) {
	tests := []struct {
		name     string
		events   []*event
		articles map[string]int
		df       func(string) int
		want     []string
	}{
		{
			name: "recurring place over dateline and one-event speaker",
			events: []*event{
				eventNamed(2, map[string]int32{"Teluk Seruni": 2, "SUNGAI BARA": 2, "Kalimantan Timur": 1, "PT Seruni Samudra": 1}),
				eventNamed(3, map[string]int32{"Teluk Seruni": 2, "SUNGAI BARA": 3, "Abdul Rahim": 3, "Kalimantan Timur": 1}),
				eventNamed(1, map[string]int32{"Teluk Seruni": 1, "SUNGAI BARA": 1, "PT Seruni Samudra": 1}),
			},
			articles: map[string]int{"Teluk Seruni": 5, "SUNGAI BARA": 6, "Abdul Rahim": 3, "Kalimantan Timur": 2, "PT Seruni Samudra": 2},
			want:     []string{"Teluk Seruni", "Kalimantan Timur"},
		},
		{
			name: "a word common in the corpus (a byline) names no storyline",
			events: []*event{
				eventNamed(2, map[string]int32{"Liputan6.com": 2, "Jakarta": 2, "Teluk Seruni": 1}),
				eventNamed(1, map[string]int32{"Liputan6.com": 1, "Jakarta": 1, "Teluk Seruni": 1}),
			},
			articles: map[string]int{"Liputan6.com": 3, "Jakarta": 3, "Teluk Seruni": 2},
			df: func(t string) int {
				if t == "seruni" || t == "teluk" {
					return 2
				}
				return 500
			},
			want: []string{"Teluk Seruni"},
		},
		{
			name: "a name mentioned once does not title a storyline of several articles",
			events: []*event{
				eventNamed(2, map[string]int32{"Kampung Melayu": 2, "Jakarta Timur": 1}),
			},
			articles: map[string]int{"Kampung Melayu": 2, "Jakarta Timur": 1},
			want:     []string{"Kampung Melayu"},
		},
		{
			name:     "one article: its names do",
			events:   []*event{eventNamed(1, map[string]int32{"Kampung Melayu": 1})},
			articles: map[string]int{"Kampung Melayu": 1},
			want:     []string{"Kampung Melayu"},
		},
		{
			name: "the same place in two languages is named once",
			events: []*event{
				eventNamed(2, map[string]int32{"Gunung Kawiloka": 2}),
				eventNamed(1, map[string]int32{"Mount Kawiloka": 1, "Gunung Kawiloka": 1}),
			},
			articles: map[string]int{"Gunung Kawiloka": 3, "Mount Kawiloka": 1},
			want:     []string{"Gunung Kawiloka"},
		},
		{
			name:     "no names",
			events:   []*event{eventNamed(2, nil)},
			articles: map[string]int{},
			want:     nil,
		},
	}
	for _, tt := range tests {
		if tt.df == nil {
			tt.df = func(string) int { return 1 }
		}
		// A vocabulary of the names' words, counted as tt.df says.
		v := newVocab()
		tokens := func(n string) []int32 { return v.idsOf(nameTokens(n)) }
		for n := range tt.articles {
			tokens(n)
		}
		for _, ev := range tt.events {
			for n := range ev.nameArts {
				tokens(n)
			}
		}
		for id, w := range v.words {
			v.df[id] = int32(tt.df(w))
		}
		got := keyNames(tt.events, tt.articles, v, tokens)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: keyNames = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEventTitle(t *testing.T) {
	x := NewIndex(Options{})
	type m struct {
		id, title, published string
		terms                []string
	}
	long := strings.Repeat("Kalimat pertama badan berita yang panjang ", 4)
	tests := []struct {
		name    string
		members []m
		want    string
	}{
		{
			name: "the central article, not the earliest",
			members: []m{
				{"a", "Gempa kecil", "2025-01-01", []string{"gempa", "kecil", "malam"}},
				{"b", "Banjir rendam kota", "2025-01-02", []string{"banjir", "kota", "rumah"}},
				{"c", "Banjir kota meluas", "2025-01-03", []string{"banjir", "kota", "rumah"}},
				{"d", "Banjir meluas", "2025-01-04", []string{"banjir", "meluas"}},
			},
			want: "Banjir rendam kota", // b and c tie: the earlier
		},
		{
			name: "a headline over a body's first sentence",
			members: []m{
				{"a", long, "2025-01-01", []string{"banjir", "kota", "rumah"}},
				{"b", "Banjir kota", "2025-01-02", []string{"banjir", "kota", "rumah"}},
				{"c", "Gempa", "2025-01-03", []string{"gempa"}},
			},
			want: "Banjir kota",
		},
		{
			name: "one article keeps its title",
			members: []m{
				{"a", "Banjir kota", "2025-01-01", []string{"banjir"}},
			},
			want: "Banjir kota",
		},
	}
	for _, tt := range tests {
		ev := &event{title: tt.members[0].title}
		for _, mm := range tt.members {
			x.terms.observe(mm.terms)
		}
		for _, mm := range tt.members {
			f := features{terms: x.terms.vectorize(mm.terms)}
			ev.members = append(ev.members, member{id: mm.id, title: mm.title, published: mm.published, f: f})
			ev.terms.add(f.terms, nil)
		}
		if got := x.eventTitle(ev); got != tt.want {
			t.Errorf("%s: eventTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestStorylineTitles checks the titles Build gives our corpus: key
// names and the content words the headlines share.
func TestStorylineTitles(t *testing.T) {
	stories := Build(corpus(), nil, Options{})
	got := make(map[string]string) // first article → storyline title
	for _, s := range stories {
		got[s.Events[0].Articles[0]] = s.Title
	}
	want := map[string]string{
		"f1": "Kampung Melayu, Jakarta Timur: banjir, warga",
		"p1": "Teluk Seruni: pelabuhan",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("storyline titles = %q, want %q", got, want)
	}
	for _, s := range stories {
		if n := utf8.RuneCountInString(s.Title); n == 0 || n > maxTitle {
			t.Errorf("storyline %s title %q has %d characters, want 1 to %d", s.ID, s.Title, n, maxTitle)
		}
	}
}

func TestLargestEvent(t *testing.T) {
	events := []warta.Event{
		{Title: "Satu", Articles: []string{"a"}},
		{Title: "Dua", Articles: []string{"b", "c"}},
		{Title: "Dua juga", Articles: []string{"d", "e"}},
	}
	if got := largestEvent(events); got != "Dua" {
		t.Errorf("largestEvent = %q, want %q", got, "Dua")
	}
}
