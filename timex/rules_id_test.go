package timex

import (
	"testing"
	"time"
)

// The cases below come from errors on our IndoTimex development gold
// (timex/testdata/indotimex-dev-gold.tsv), written as new sentences.

func TestYearWithIniID(t *testing.T) {
	a := time.Date(2013, 12, 6, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Hingga penghujung 2013 ini, baru 40.000 kendaraan terpasang.", "penghujung 2013 ini=2013/DATE"},
		{"Target tahun 2014 ini lebih tinggi.", "tahun 2014 ini=2014/DATE"},
		{"Pada 2012 harga naik.", "2012=2012/DATE"},
		{"Ini terjadi pada 2012. Ini tidak terulang.", "2012=2012/DATE"},
	})
}

func TestRegulationNumberID(t *testing.T) {
	a := time.Date(2013, 12, 5, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Baru keluar Permen ESDM No 1/2013 untuk mobil dinas.", ""},
		{"Aturan itu ada di Nomor 12 / 2011 tentang pangan.", ""},
		{"Ia merujuk UU 32/2009 tentang lingkungan.", ""},
		{"Berlaku sejak tahun 2009 menurut UU itu.", "tahun 2009=2009/DATE"},
	})
}

func TestNumberedAfterSlash(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"permen esdm no 1/", true},
		{"uu nomor 13 / ", true},
		{"uu 32/", true},
		{"pada 7/", false},
		{"harga naik ", false},
		{"/", false},
		{"", false},
	} {
		if got := numberedAfterSlash(tc.before); got != tc.want {
			t.Errorf("numberedAfterSlash(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

func TestPresentRefID(t *testing.T) {
	runTagCases(t, "id", anchor, []tagCase{
		{"RFID sementara ini hanya memonitor konsumsi.", "sementara ini=PRESENT_REF/DATE"},
		{"Sementara itu, harga naik.", ""},
		{"Saat ini sistem diuji.", "Saat ini=PRESENT_REF/DATE"},
	})
}
