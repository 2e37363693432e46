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

// The cases below come from errors on the grown dev gold (50 documents),
// written as new sentences.

func TestReferencesID(t *testing.T) {
	a := time.Date(2013, 12, 5, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Penangkapan itu terjadi beberapa waktu lalu.", "beberapa waktu lalu=PAST_REF/DATE"},
		{"Harga pada masa sebelumnya lebih tinggi.", "masa sebelumnya=PAST_REF/DATE"},
		{"Sentimen menjadi jelek sekarang ini.", "sekarang ini=PRESENT_REF/DATE"},
		{"Kalau nanti dipasang, akan ketahuan.", "nanti=FUTURE_REF/DATE"},
		{"Meski nantinya dibatasi.", ""},
	})
}

func TestNoonAndHalvesID(t *testing.T) {
	a := time.Date(2014, 12, 3, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Harga naik hingga tengah hari.", "tengah hari=2014-12-03T12:00/TIME"},
		{"Harga jatuh hingga paruh pertama tahun depan.", "paruh pertama tahun depan=2015-H1/DATE"},
		{"Target pada paruh kedua 2015 naik.", "paruh kedua 2015=2015-H2/DATE"},
	})
}

func TestApproximatorsID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Diumumkan sekitar pukul 09.00 WIB.", "sekitar pukul 09.00 WIB=2014-12-30T09:00+07:00/TIME"},
		{"Terendah dalam lebih dari 5,5 tahun.", "lebih dari 5,5 tahun=P5.5Y/DURATION"},
		{"Bertahan selama hampir dua minggu.", "hampir dua minggu=P2W/DURATION"},
		{"Turun hingga setidaknya triwulan I-2015.", "triwulan I-2015=2015-Q1/DATE"},
	})
}

func TestBracketsID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Data yang dirilis kemarin (19/12) menunjukkan kenaikan.", "kemarin (19/12)=2014-12-19/DATE"},
		{"Penerimaan (realisasi per 26 Desember) naik.", "26 Desember=2014-12-26/DATE"},
		{"Ada perayaan Natal dan hari raya Natal.", "Natal=2014-12-25/DATE; hari raya Natal=2014-12-25/DATE"},
	})
}

func TestWeekdayTypoID(t *testing.T) {
	runTagCases(t, "id", time.Date(2014, 12, 11, 0, 0, 0, 0, time.UTC), []tagCase{
		{"IHSG hari ini, Kamis (11/12/2013), memerah.", "hari ini=2014-12-11/DATE; Kamis (11/12/2013)=2014-12-11/DATE"},
	})
	runTagCases(t, "id", time.Date(2014, 12, 25, 0, 0, 0, 0, time.UTC), []tagCase{
		{"Ia berkata, Rabu (14/12/2014).", "Rabu (14/12/2014)=2014-12-24/DATE"},
		{"Ia berkata, Selasa (3/3/2014).", "Selasa (3/3/2014)=2014-03-03/DATE!weekday-conflict"},
	})
}

func TestTenseAndCoreferenceID(t *testing.T) {
	a := time.Date(2014, 12, 25, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"OPEC tidak akan bergerak meskipun harga turun sejak Juni.", "Juni=2014-06/DATE"},
	})
	a = time.Date(2014, 11, 26, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"OPEC akan bertemu pada Kamis (27/11/2014). Venezuela mendesak pada pertemuan Kamis di Wina.",
			"Kamis (27/11/2014)=2014-11-27/DATE; Kamis=2014-11-27/DATE"},
	})
}

func TestYearsAndSetsID(t *testing.T) {
	a := time.Date(2014, 12, 3, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Ia berbicara di acara Pertamina Outlook 2015, Jakarta.", ""},
		{"Asumsi APBN-P 2014 masih dipakai.", "2014=2014/DATE"},
		{"Pada 2015 harga turun.", "2015=2015/DATE"},
		{"Produksi 30 juta barel per hari.", ""},
		{"Setiap hari antre, seperti Sabtu-Minggu di parkir timur.", "Setiap hari=P1D/SET; Sabtu-Minggu=XXXX-WXX-WE/SET"},
	})
}

// IndoTimex's recogniser stops a clock time at its zone (WIB, WITA, WIT):
// "waktu setempat" is not part of it; a part of the day with "hari" is a
// time of the day in focus.
func TestClockAndPartOfDayID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Pesawat dijadwalkan tiba pukul 08.30 waktu setempat.", "pukul 08.30=2014-12-30T08:30/TIME"},
		{"Hari ini, Selasa (30/12/2014), tim menemukan jenazah. Jenazah dibawa ke Pangkalan Bun pada sore hari.",
			"Hari ini=2014-12-30/DATE; Selasa (30/12/2014)=2014-12-30/DATE; sore hari=2014-12-30TAF/TIME"},
		{"Mereka berangkat pada dini hari.", "dini hari=2014-12-30TMO/TIME"},
		{"Sore hari ini hujan.", "Sore hari ini=2014-12-30TAF/TIME"},
	})
}

// IndoTimex's grammar reads these as references and sets; a day and the
// clock time after it are one TIME, as in TimeML.
func TestMoreReferencesID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Pada masa kini dan waktu yang akan datang.", "masa kini=PRESENT_REF/DATE; waktu yang akan datang=FUTURE_REF/DATE"},
		{"Hasilnya keluar sebentar lagi.", "sebentar lagi=FUTURE_REF/DATE"},
		{"Rapat digelar sekali sepekan.", "sekali sepekan=P1W/SET"},
		{"Pesawat hilang kontak pada Minggu (28/12/2014) pukul 07.24 WIB.", "Minggu (28/12/2014) pukul 07.24 WIB=2014-12-28T07:24+07:00/TIME"},
		{"Diumumkan Rabu (31/12/2014) sekitar pukul 09.00 WIB.", "Rabu (31/12/2014) sekitar pukul 09.00 WIB=2014-12-31T09:00+07:00/TIME"},
		{"Tim berangkat Selasa pagi pukul 06.00 WIB.", "Selasa pagi pukul 06.00 WIB=2014-12-30T06:00+07:00/TIME"},
	})
}

func TestCountedFromLastID(t *testing.T) {
	a := time.Date(2013, 12, 6, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Pada 2012, konsumsi naik 9,7 persen dibanding setahun sebelumnya.", "2012=2012/DATE; setahun sebelumnya=2011/DATE"},
		{"Rapat digelar Senin (2/12/2013). Dua hari kemudian, hasilnya diumumkan.", "Senin (2/12/2013)=2013-12-02/DATE; Dua hari kemudian=2013-12-04/DATE"},
		{"Harga naik tiga hari lalu.", "tiga hari lalu=2013-12-03/DATE"},
	})
}

func TestThatDayID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Pesawat hilang pada Minggu (28/12/2014). Keesokan harinya, tim SAR bergerak. Malam itu hujan.",
			"Minggu (28/12/2014)=2014-12-28/DATE; Keesokan harinya=2014-12-29/DATE; Malam itu=2014-12-29TNI/TIME"},
		{"Rapat digelar Senin (29/12/2014), hari sebelumnya ada demo.", "Senin (29/12/2014)=2014-12-29/DATE; hari sebelumnya=2014-12-28/DATE"},
	})
}

func TestThatTimeID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Pesawat hilang pada Minggu (28/12/2014). Saat itu cuaca buruk.", "Minggu (28/12/2014)=2014-12-28/DATE; Saat itu=2014-12-28/DATE"},
		{"Waktu itu ia masih kecil.", "Waktu itu=PAST_REF/DATE"},
		{"Polisi memeriksa saksi dalam 2 x 24 jam.", "2 x 24 jam=P2D/DURATION"},
		{"Sementara itu, harga naik.", ""},
	})
}

func TestHolidayEvesID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Perayaan malam Tahun Baru di Surabaya dibatalkan.", "malam Tahun Baru=2014-12-31TNI/TIME"},
		{"Mereka merayakan malam Tahun Baru 2015 di rumah.", "malam Tahun Baru 2015=2014-12-31TNI/TIME"},
		{"Misa malam Natal berlangsung khidmat.", "malam Natal=2014-12-24TNI/TIME"},
		{"Pencarian berlangsung kurang lebih tiga jam.", "kurang lebih tiga jam=PT3H/DURATION"},
		{"Korban perempuan 25 tahun meninggal dunia.", ""},
		{"Ia bekerja 25 tahun di sana.", "25 tahun=P25Y/DURATION"},
	})
}

// A clock time's day is found across the full stops of other clock times
// ("16.00"), and a part of the day lends its day to the clock after it.
func TestClockRangesID(t *testing.T) {
	a := time.Date(2025, 6, 21, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Balapan digelar Sabtu (21/6/2025). Sesi dimulai sejak Jumat, pukul 16.00 WIB sampai 16.55 WIB.",
			"Sabtu (21/6/2025)=2025-06-21/DATE; Jumat, pukul 16.00 WIB=2025-06-20T16:00+07:00/TIME; 16.55 WIB=2025-06-20T16:55+07:00/TIME"},
		{"Hari ini, balapan di sore hari, pukul 15.05 WIB.", "Hari ini=2025-06-21/DATE; sore hari, pukul 15.05 WIB=2025-06-21T15:05+07:00/TIME"},
	})
}
