package entity

import (
	"testing"

	"github.com/warta-news/warta"
)

// TestOutlets checks that outlets are organisations: web domains, names
// made like outlets' names, names after cues that credit a report, and
// names the article's context knows as outlets; and that a domain's last
// label is never a name of its own.
func TestOutlets(t *testing.T) {
	tests := []struct {
		body    string
		outlets []string
		want    map[string]string // text -> type; "" means no entity with that text
	}{
		{"TRIBUNNEWS.COM, MOSKOW – Presiden Kim Jong Un tiba di Moskow.", nil,
			map[string]string{"TRIBUNNEWS.COM": warta.EntityOrg, "COM": "", "TRIBUNNEWS": "", "Kim Jong Un": warta.EntityPerson}},
		{"Laporan Wartawan Tribunnews.com Namira Yunia Lestanti\nIsi berita itu dikutip dari Liputan6.com pada Senin.", nil,
			map[string]string{"Tribunnews.com": warta.EntityOrg, "Liputan6.com": warta.EntityOrg, "com": "", "Liputan6": ""}},
		{"Hal itu, kata Warta Pagi, terjadi setelah hujan.", nil,
			map[string]string{"Warta Pagi": warta.EntityOrg}},
		{"Mengutip Harian Timur, warga sudah mengungsi.", nil,
			map[string]string{"Harian Timur": warta.EntityOrg}},
		{"Hal itu dilansir Bernama dan dikutip dari Sinar Jaya, kata Andi Wijaya.", nil,
			map[string]string{"Bernama": warta.EntityOrg, "Sinar Jaya": warta.EntityOrg, "Andi Wijaya": warta.EntityPerson}},
		{"SENDANGREJO, KABARNUSANTARA — Menurut Kabar Nusantara, gunung itu meletus.", []string{"Kabar Nusantara"},
			map[string]string{"KABARNUSANTARA": warta.EntityOrg, "Kabar Nusantara": warta.EntityOrg}},
		{"Ikuti kami di https://www.kompas.com/read/2024 atau surel redaksi@kompas.id hari ini.", nil,
			map[string]string{"kompas.com": "", "www.kompas.com": "", "kompas.id": ""}},
		{"Menurut Bambang Sutrisno, warga sudah mengungsi.", []string{"Warta Pagi"},
			map[string]string{"Bambang Sutrisno": warta.EntityPerson}},
		// The article's outlet given as a host or with "The": its name
		// in the text is that outlet.
		{"Hal itu, kata Detik, terjadi setelah hujan. Menurut Sutrisno, warga mengungsi.", []string{"news.detik.com"},
			map[string]string{"Detik": warta.EntityOrg, "Sutrisno": warta.EntityPerson}},
		{"Hal itu, kata Republika, terjadi setelah hujan.", []string{"https://news.republika.co.id/berita/1"},
			map[string]string{"Republika": warta.EntityOrg}},
		{"Hal itu, kata Archipelago Times, terjadi setelah hujan.", []string{"The Archipelago Times"},
			map[string]string{"Archipelago Times": warta.EntityOrg}},
	}
	for _, tt := range tests {
		got := map[string]string{}
		for _, e := range ExtractKnown(tt.body, "id", Known{Outlets: tt.outlets}) {
			got[e.Text] = e.Type
			if e.Text != tt.body[e.Start:e.End] {
				t.Errorf("%q: entity %q at [%d,%d) is %q in the body", tt.body, e.Text, e.Start, e.End, tt.body[e.Start:e.End])
			}
		}
		for text, want := range tt.want {
			if got[text] != want {
				t.Errorf("%q: %q typed %q, want %q (all: %v)", tt.body, text, got[text], want, got)
			}
		}
	}
}

func TestDomainCanonical(t *testing.T) {
	ents := Extract("Berita itu dimuat LIPUTAN6.COM dan kemudian oleh liputan6.com pada Senin.", "id")
	var canon []string
	for _, e := range ents {
		canon = append(canon, e.Canonical)
	}
	if len(canon) != 2 || canon[0] != "Liputan6.com" || canon[1] != canon[0] {
		t.Errorf("canonical names = %q, want both spellings as \"Liputan6.com\"", canon)
	}
}
