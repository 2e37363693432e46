package entity

import (
	"testing"

	"github.com/warta-news/warta"
)

func TestCanonical(t *testing.T) {
	ent := func(text, typ string, start int) warta.Entity {
		return warta.Entity{Text: text, Type: typ, Start: start, End: start + len(text)}
	}
	tests := []struct {
		name string
		lang string
		in   []warta.Entity
		want []string
	}{
		{"subset to longest person", "id",
			[]warta.Entity{ent("Kim", "PERSON", 0), ent("Kim Jong Un", "PERSON", 10), ent("Putin", "PERSON", 30), ent("Vladimir Putin", "PERSON", 40)},
			[]string{"Kim Jong Un", "Kim Jong Un", "Vladimir Putin", "Vladimir Putin"}},
		{"well-known person wins an ambiguous short form", "id",
			[]warta.Entity{ent("Lami Kim", "PERSON", 0), ent("Kim", "PERSON", 20), ent("Kim Jong Un", "PERSON", 40)},
			[]string{"Lami Kim", "Kim Jong Un", "Kim Jong Un"}},
		{"more frequent long form wins", "id",
			[]warta.Entity{ent("Budi Santoso", "PERSON", 0), ent("Budi Hartono", "PERSON", 20), ent("Budi Hartono", "PERSON", 40), ent("Budi", "PERSON", 60)},
			[]string{"Budi Santoso", "Budi Hartono", "Budi Hartono", "Budi Hartono"}},
		{"well-known surname alone", "id",
			[]warta.Entity{ent("Putin", "PERSON", 0)},
			[]string{"Vladimir Putin"}},
		{"alias table per language", "id",
			[]warta.Entity{ent("Korut", "LOC", 0), ent("DPRK", "LOC", 10), ent("RDRK", "LOC", 20), ent("AS", "LOC", 30), ent("Tiongkok", "LOC", 40), ent("PBB", "ORG", 50)},
			[]string{"Korea Utara", "Korea Utara", "Korea Utara", "Amerika Serikat", "China", "Perserikatan Bangsa-Bangsa"}},
		{"alias table in english", "en",
			[]warta.Entity{ent("DPRK", "LOC", 0), ent("U.S.", "LOC", 10), ent("Korea Utara", "LOC", 20)},
			[]string{"North Korea", "United States", "North Korea"}},
		{"acronym after its expansion", "id",
			[]warta.Entity{ent("Badan Energi Nusantara", "ORG", 0), ent("BEN", "ORG", 24), ent("BEN", "ORG", 60)},
			[]string{"Badan Energi Nusantara", "Badan Energi Nusantara", "Badan Energi Nusantara"}},
		{"acronym that does not spell the name stays", "id",
			[]warta.Entity{ent("Badan Energi Nusantara", "ORG", 0), ent("XYZ", "ORG", 24)},
			[]string{"Badan Energi Nusantara", "XYZ"}},
		{"places do not merge by shared words", "id",
			[]warta.Entity{ent("Korea", "LOC", 0), ent("Korea Selatan", "LOC", 10)},
			[]string{"Korea", "Korea Selatan"}},
		{"organisation prefix", "en",
			[]warta.Entity{ent("Stimson Center", "ORG", 0), ent("Stimson", "ORG", 30)},
			[]string{"Stimson Center", "Stimson Center"}},
		{"spelling variants", "id",
			[]warta.Entity{ent("Kim Il-sung", "PERSON", 0), ent("Kim Il Sung", "PERSON", 30)},
			[]string{"Kim Il-sung", "Kim Il-sung"}},
		{"person does not merge into organisation", "id",
			[]warta.Entity{ent("James Martin", "PERSON", 0), ent("Martin", "ORG", 30)},
			[]string{"James Martin", "Martin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Canonical(tt.in, tt.lang)
			if len(got) != len(tt.want) {
				t.Fatalf("Canonical returned %d entities, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i].Canonical != tt.want[i] {
					t.Errorf("Canonical(%q).Canonical = %q, want %q", tt.in[i].Text, got[i].Canonical, tt.want[i])
				}
			}
			for i := range tt.in {
				if tt.in[i].Canonical != "" {
					t.Errorf("Canonical changed its input: %+v", tt.in[i])
				}
			}
		})
	}
}
