package timex

import (
	"testing"
	"time"
)

// The cases below come from errors on our second Indonesian dev gold
// (timex/testdata/id-news-dev-gold.tsv: disasters, courts, sport, the
// economy), written as new sentences.

func TestNoBreakSpaceAndSekiraID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Gunung itu meletus Selasa (17/6/2025)\u00a0pukul 17.35 Wita.", "Selasa (17/6/2025)\u00a0pukul 17.35 Wita=2025-06-17T17:35+08:00/TIME"},
		{"Letusan terjadi Selasa 17 Juni 2025 sekira pukul 17.35 WITA.", "Selasa 17 Juni 2025 sekira pukul 17.35 WITA=2025-06-17T17:35+08:00/TIME"},
		{"Kapal berangkat sekira pukul 06.00 WIB.", "sekira pukul 06.00 WIB=2025-06-18T06:00+07:00/TIME"},
	})
}

func TestReportingDateID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		// the clock time belongs to the event day, not to the day of the statement
		{"Lomba lari digelar Minggu (22/6/2025). \"Jalan ditutup mulai pukul 05.30 WIB,\" kata Wali Kota, Rabu (18/6/2025).",
			"Minggu (22/6/2025)=2025-06-22/DATE; pukul 05.30 WIB=2025-06-22T05:30+07:00/TIME; Rabu (18/6/2025)=2025-06-18/DATE"},
		// "hari itu" is the day of the story
		{"Bocah itu hilang pada Senin (16/6) pukul 13.00 WIB. \"Ia sempat bermain,\" ujar Kepala BPBD saat dihubungi, Rabu (18/6/2025). Pada hari itu ia keluar rumah.",
			"Senin (16/6) pukul 13.00 WIB=2025-06-16T13:00+07:00/TIME; Rabu (18/6/2025)=2025-06-18/DATE; hari itu=2025-06-16/DATE"},
		// a day that is not a statement's still anchors
		{"Adam mengatakan korban hilang pada Senin (16/6) pagi. Pencarian dihentikan pukul 17.00 WIB.",
			"Senin (16/6) pagi=2025-06-16TMO/TIME; pukul 17.00 WIB=2025-06-16T17:00+07:00/TIME"},
	})
}

func TestNotYearsID(t *testing.T) {
	a := time.Date(2025, 6, 19, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Hal itu sesuai Peraturan Menteri Perhubungan Nomor PM 140 Tahun 2015 tentang keamanan.", ""},
		{"Berdasarkan PMK Nomor 34 Tahun 2017, pembeli dikenai pajak.", ""},
		{"Aturan itu terbit pada tahun 2017.", "tahun 2017=2017/DATE"},
		{"Laporan bernomor SPTLKO/02/VI/2025/SPKT itu diterima.", ""},
		{"Jadwal gelaran Piala Presiden 2025 berubah.", ""},
		{"Berikut jadwal Formula E Jakarta 2025.", ""},
		{"Festival bertajuk Depok Run Fest (DRF) 2025 digelar.", ""},
		{"Pemilu (2024) berjalan lancar.", "2024=2024/DATE"},
	})
}

func TestAgesID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Ia dihukum ringan mengingat usianya yang kini sudah 63 tahun.", "kini=PRESENT_REF/DATE"},
		{"Usia harapan hidup rata-rata masyarakat mencapai 72 tahun.", ""},
		{"Usianya tua, tetapi ia divonis pidana 16 tahun.", "16 tahun=P16Y/DURATION"},
		{"Pada usia itu ia dipenjara selama 16 tahun.", "16 tahun=P16Y/DURATION"},
	})
}
