package timeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

func TestAttribution(t *testing.T) {
	known := knownNames{places: map[string]bool{"korea utara": true, "korea selatan": true},
		persons: map[string]bool{"andika": true, "pratama": true, "andika pratama": true, "warta pagi": true},
		outlets: map[string]bool{"wartapagi": true}}
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Menurut Yonhap News, mengutip media pemerintah Korea Utara KCNA, Kim mengatakan bahwa hubungan menjadi langgeng.", []string{"Yonhap News", "KCNA"}},
		{"Kantor berita Korea Selatan Yonhap melaporkan kunjungan tersebut dapat dilakukan secepatnya.", []string{"Yonhap"}},
		{"Mengutip Warta Pagi, Rabu (11/9/2024), sebanyak 12.418 warga mengungsi.", []string{"Warta Pagi"}},
		{"The minister will visit next month, according to Reuters.", []string{"Reuters"}},
		{"Reuters reported that the talks ended.", []string{"Reuters"}},
		{"Hal itu dilansir dari AFP pada Senin.", []string{"AFP"}},
		{"Menurut para ahli, kerja sama itu berbahaya.", nil},
		{"Warga mengungsi ke 14 titik.", nil},
		{"Menurut Andika, kasus ini berawal dari temuan Inspektorat.", nil},
		{"Menurut Andika Pratama, kasus ini berawal dari temuan Inspektorat.", nil},                // a person is no source
		{"Menurut Warta Pagi, kasus ini berawal dari temuan Inspektorat.", []string{"Warta Pagi"}}, // an outlet taken for a person is
		{"Mengutip Warta Pagi, Rabu (11/9/2024), warga mengungsi.", []string{"Warta Pagi"}},
		{"Harga naik 5 persen, dikutip dari Antara,Kamis (19/6/2025).", []string{"Antara"}},
		{"Menurut Kamis lalu, harga naik.", nil},
		{"Dia melaporkan hal itu kepada polisi.", nil},
		{"Hal itu dilaporkan CNBC Rabu malam.", []string{"CNBC"}},
	}
	for _, tt := range tests {
		got := attribution(tt.sentence, known)
		if !slices.Equal(got, tt.want) {
			t.Errorf("attribution(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestNamesOfOutlets checks that people are known by their whole names and
// their words, and that a storyline's outlet the entity stage took for a
// person is not.
func TestNamesOfOutlets(t *testing.T) {
	body := "Andika Pratama hadir. Warta Pagi terbit. Kepala dinas Rusdiansyah hadir. Menurut Rusdiansyah, menurut Kompas, harga naik."
	at := func(s string, n int) int {
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(body[i+1:], s)
		}
		return i
	}
	ent := func(s string, n int) warta.Entity {
		return warta.Entity{Text: s, Canonical: s, Type: warta.EntityPerson, Start: at(s, n), End: at(s, n) + len(s)}
	}
	a := &warta.Article{Body: body, Entities: []warta.Entity{
		ent("Andika Pratama", 1), ent("Warta Pagi", 1), ent("Rusdiansyah", 1), ent("Rusdiansyah", 2),
		ent("Kompas", 1), // only after "menurut": perhaps an outlet
	}}
	known := namesOf(a, map[string]bool{warta.OutletKey("Warta Pagi"): true})
	for name, want := range map[string]bool{"andika pratama": true, "andika": true, "warta pagi": false, "pagi": false, "kompas": false, "rusdiansyah": true} {
		if got := known.persons[name]; got != want {
			t.Errorf("persons[%q] = %v, want %v", name, got, want)
		}
	}
	s := "Menurut Andika Pratama, mengutip Warta Pagi, harga naik."
	if got, want := attribution(s, known), []string{"Warta Pagi"}; !slices.Equal(got, want) {
		t.Errorf("attribution(%q) = %q, want %q", s, got, want)
	}
}

// TestBuildOutletSpellings checks that an outlet's spellings (its host, a
// subdomain, its name) are one outlet: one independent source, and its
// name in another article's text is no person.
func TestBuildOutletSpellings(t *testing.T) {
	body := "Gunung Kawiloka meletus pada Senin (3/3/2025) dan warga di lereng utara mengungsi."
	rewrite := "Warga lereng utara mengungsi setelah Gunung Kawiloka meletus Senin (3/3/2025)."
	tests := []struct {
		a, b string
		want int
	}{
		{"news.detik.com", "Detik", 1},
		{"https://www.detik.com/jatim", "detik.com", 1},
		{"republika.co.id", "Republika", 1},
		{"news.detik.com", "Kabar Nusantara", 2},
	}
	for _, tt := range tests {
		fs := []fixture{
			{id: "x", outlet: tt.a, published: "2025-03-03", body: body, timexes: [][2]string{{"Senin (3/3/2025)", "2025-03-03"}},
				entities: [][2]string{{"Gunung Kawiloka", warta.EntityLoc}}},
			{id: "y", outlet: tt.b, published: "2025-03-03", body: rewrite, timexes: [][2]string{{"Senin (3/3/2025)", "2025-03-03"}},
				entities: [][2]string{{"Gunung Kawiloka", warta.EntityLoc}}},
		}
		articles := map[string]*warta.Article{}
		for _, f := range fs {
			articles[f.id] = f.article(t)
		}
		story := warta.Storyline{ID: "s", Events: []warta.Event{{ID: "e", Date: "2025-03-03", Articles: []string{"x", "y"}}}}
		ev := find(t, Build(story, articles, nil), "2025-03-03", warta.KindReported)
		if len(ev.Sources) != 2 || ev.IndependentSources != tt.want {
			t.Errorf("outlets %q and %q: %d independent of %q, want %d of 2", tt.a, tt.b, ev.IndependentSources, ev.Sources, tt.want)
		}
	}

	body = "Detik terbit pagi. Kepala dinas Rusdiansyah hadir."
	a := &warta.Article{Body: body, Entities: []warta.Entity{
		{Text: "Detik", Canonical: "Detik", Type: warta.EntityPerson, Start: 0, End: 5},
		{Text: "Rusdiansyah", Canonical: "Rusdiansyah", Type: warta.EntityPerson, Start: strings.Index(body, "Rusdiansyah"), End: len(body) - 7},
	}}
	b := newBuilder(warta.Storyline{ID: "s", Events: []warta.Event{{ID: "e", Articles: []string{"n"}}}},
		map[string]*warta.Article{"n": {ID: "n", Outlet: "news.detik.com", Body: "Harga naik."}}, nil)
	known := namesOf(a, b.outlets)
	if known.persons["detik"] || !known.persons["rusdiansyah"] {
		t.Errorf("with the storyline's outlet news.detik.com: persons = %v, want rusdiansyah and not detik", known.persons)
	}
	if got := attribution("Menurut Detik, harga naik.", known); !slices.Equal(got, []string{"Detik"}) {
		t.Errorf("attribution = %q, want [Detik]", got)
	}
}
