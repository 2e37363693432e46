package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/warta-news/warta"
)

const podID = `(?:pagi|siang|sore|petang|malam|dini\s+hari|subuh|magrib|maghrib|senja|fajar)`

// rulesID are the Indonesian rule families.
func rulesID() []ruleSpec {
	return []ruleSpec{
		{name: "id-weekday-numeric", rank: 9, pattern: `\b(?:hari\s+)?(?P<wd>{WD_ID})(?:\s+(?P<pod0>` + podID + `))?(?:\s+(?:kemarin|lalu))?\s*,?\s*(?P<open>\()?\s*(?:(?:tanggal|tgl\.?)\s*)?(?P<a>\d{1,2})\s*(?P<sep>[/\-.])\s*(?P<b>\d{1,2})(?:\s*[/\-.]\s*(?P<y>\d{4}|\d{2}))?\b\s*(?P<close>\))?(?:\s+(?P<pod>` + podID + `)\b)?(?:\s+(?:ini|tadi|kemarin|silam)\b)?`,
			build: buildNumericID},
		{name: "id-numeric", rank: 8, pattern: `(?:\b(?:tanggal|tgl\.?)\s*)?(?:(?P<open>\()|\b)(?P<a>\d{1,2})(?P<sep>[/\-.])(?P<b>\d{1,2})(?:[/\-.](?P<y>\d{4}))?\b(?P<close>\))?`,
			build: buildNumericID},
		{name: "id-day-month", rank: 8, pattern: `\b(?:(?:hari\s+)?(?P<wd>{WD_ID})\s*,?\s*(?P<open>\()?\s*)?(?:(?:tanggal|tgl\.?)\s*)?(?P<d>\d{1,2})(?:\s*-\s*|\s+)(?P<m>{MON_ID})(?:\s*,?\s*(?:tahun\s+)?(?P<y>\d{4})\b)?(?:\s*(?P<close>\)))?(?:\s+(?P<pod>` + podID + `)\b)?(?:\s+(?P<rel>lalu|mendatang|nanti|kemarin|yang\s+lalu)\b)?`,
			build: buildDayMonthID},
		{name: "id-month-year", rank: 7, pattern: `\b(?:(?P<mod>awal|akhir|pertengahan|medio|penghujung)\s+)?(?:bulan\s+)?(?P<m>{MON_ID})\s*,?\s*(?:tahun\s+)?(?P<y>{YEAR})\b(?:\s+(?P<rel>lalu|mendatang|nanti|yang\s+lalu)\b)?`,
			build: func(m *match) *mention {
				mo := monthsID[strings.TrimSuffix(m.g("m"), ".")]
				y, _ := strconv.Atoi(m.g("y"))
				if mo == 0 {
					return nil
				}
				v := fmt.Sprintf("%04d-%02d", y, mo)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-month", rank: 5, pattern: `\b(?:(?P<mod>awal|akhir|pertengahan|medio|penghujung)\s+)?(?:bulan\s+)?(?P<m>{FMON_ID})\b(?:\s+(?P<rel>yang\s+lalu|lalu|silam|kemarin|ini|depan|mendatang|tahun\s+(?:lalu|ini|depan)))?`,
			build: func(m *match) *mention {
				mo := monthsID[m.g("m")]
				rel := m.g("rel")
				if mo == 0 || (rel == "" && !m.capital(m.pos("m"))) {
					return nil
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if strings.HasPrefix(rel, "tahun") {
						if !c.known() {
							return fmt.Sprintf("XXXX-%02d", mo), FlagNoAnchor
						}
						y := c.anchor.Year() + map[int]int{-1: -1, 1: 1}[relDir(strings.TrimPrefix(rel, "tahun "))]
						return fmt.Sprintf("%04d-%02d", y, mo), ""
					}
					return monthYear(c, mo, rel), ""
				})
			}},
		{name: "id-year", rank: 4, pattern: `\b(?:(?P<mod>awal|akhir|pertengahan|medio|penghujung)\s+)?(?:(?P<t>tahun)\s+)?(?P<y>{YEAR})(?P<an>-?an)?\b(?:\s+(?P<ini>ini)\b)?`,
			build: func(m *match) *mention {
				if m.g("t") == "" && m.g("mod") == "" && inTitleName(m.body, m.start()) {
					return nil // "Pertamina Outlook 2015": a year inside a name
				}
				return buildYear(m)
			}},
		{name: "id-decade-short", rank: 4, pattern: `\b(?:(?:tahun|era|dekade)\s+)(?:['’])?(?P<d>[1-9]0)-?an\b`,
			build: func(m *match) *mention {
				d, _ := strconv.Atoi(m.g("d"))
				c := 190 + d/10
				if d < 30 {
					c = 200 + d/10
				}
				v := strconv.Itoa(c)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-century", rank: 6, pattern: `\babad\s+(?:ke\s*-?\s*)?(?P<n>\d{1,2}|[xvi]+)\b`,
			build: func(m *match) *mention {
				n := roman(m.g("n"))
				if n < 1 || n > 30 {
					return nil
				}
				v := fmt.Sprintf("%02d", n-1)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-relative-day", rank: 6, pattern: `\b(?:kemarin\s+lusa|besok\s+lusa|(?:kemarin|kemaren|besok|esok)(?:\s+(?:hari|pagi|siang|sore|petang|malam|dini\s+hari))?|lusa|hari\s+ini|hari\s+itu|(?:pagi|siang|sore|petang|malam)(?:\s+hari)?\s+ini|tadi\s+(?:pagi|siang|sore|petang|malam|subuh)|nanti\s+(?:pagi|siang|sore|petang|malam)|(?:pagi|siang|sore|petang|malam|dini\s+hari|subuh)\s+tadi|(?:pagi|siang|sore|petang|malam)\s+kemarin|hari\s+yang\s+sama|semalam)\b(?:\s*\(\s*(?P<bd>\d{1,2})/(?P<bm>\d{1,2})(?:/(?P<by>\d{4}))?\s*\))?`,
			build: buildRelativeDayID},
		{name: "id-weekend", rank: 8, pattern: `\b(?:akhir\s+(?:pekan|minggu))(?:\s+(?P<rel>ini|lalu|kemarin|depan|mendatang))?\b`,
			build: func(m *match) *mention {
				rel := m.g("rel")
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.known() {
						return "XXXX-WXX-WE", FlagNoAnchor
					}
					d := relDir(rel)
					a := c.anchor
					switch {
					case d == -1 || (d == 0 && c.tense < 0 && isoWeekday(a) < 6):
						a = a.AddDate(0, 0, -7)
					case d == 1:
						a = a.AddDate(0, 0, 7)
					}
					return format(a, precWeekend), ""
				})
			}},
		{name: "id-unit-deictic", rank: 6, pattern: `\b(?:(?P<mod>awal|akhir|pertengahan|medio|penghujung)\s+)?(?P<u>tahun|bulan|minggu|pekan|abad|dekade|dasawarsa|triwulan|kuartal|semester)\s+(?P<rel>ini|lalu|kemarin|depan|mendatang|yang\s+lalu|sebelumnya|berikutnya|yang\s+akan\s+datang)\b`,
			build: func(m *match) *mention {
				u := unitsID[m.g("u")]
				if u == "SEM" {
					u = "H"
				}
				if m.g("u") == "minggu" && m.g("mod") == "" && m.capital(m.pos("u")) && !sentenceInitial(m.body, m.pos("u")) {
					return nil // "pada Minggu lalu" is last Sunday
				}
				dir := relDir(m.g("rel"))
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if u == "H" {
						return halfYear(c, dir)
					}
					return deictic(c, u, dir)
				})
			}},
		{name: "id-part-of-year", rank: 3, pattern: `\b(?P<mod>awal|akhir|pertengahan|medio|penghujung)\s+(?P<u>tahun|bulan)\b`,
			build: func(m *match) *mention {
				u := unitsID[m.g("u")]
				if strings.HasPrefix(m.after(6), " ke") || strings.HasPrefix(m.after(3), "-") {
					return nil
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return deictic(c, u, 2) })
			}},
		{name: "id-relative-units", rank: 7, pattern: `\b(?:(?P<n>{NUM})\s+|(?P<se>se))(?P<u>{UNIT_ID})\s+(?P<rel>yang\s+lalu|lalu|silam|sebelumnya|lagi|mendatang|ke\s+depan|berikutnya|kemudian|yang\s+akan\s+datang|terakhir|belakangan(?:\s+ini)?|pertama)\b`,
			build: func(m *match) *mention {
				n, ok := quantity(m)
				if !ok {
					return nil
				}
				u := unitsID[m.g("u")]
				rel := m.g("rel")
				if rel == "lagi" && extendRE.MatchString(m.before(40)) {
					rel = "ke depan" // "memperpanjang pencarian tujuh hari lagi": seven more days
				}
				switch rel {
				case "ke depan", "terakhir", "belakangan", "belakangan ini", "pertama", "berikutnya":
					v := duration(n, u)
					return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
				}
				dir := relDir(rel)
				fromLast := rel == "sebelumnya" || rel == "kemudian"
				if fromLast && (u == "H" || u == "MIN") && n > 0 {
					// "hilang kontak 42 menit kemudian": a clock time counted
					// from the one before it, else a plain duration
					if !clockBeforeTextRE.MatchString(m.before(300)) {
						v := duration(n, u)
						mt := m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
						mt.end = m.pos("u") + len(m.g("u")) // "dua jam", without "kemudian"
						return mt
					}
					mins := n
					if u == "H" {
						mins *= 60
					}
					mt := m.mention(warta.TimexTime, func(*resolution) (string, string) { return "", "" })
					mt.clockOffset = dir * mins
					return mt
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if fromLast && n > 0 {
						// "setahun sebelumnya", "dua hari kemudian": counted
						// from the time the text last named
						switch {
						case u == "Y" && c.lastYear > 0:
							return strconv.Itoa(c.lastYear + dir*n), ""
						case u == "D" && !c.last.IsZero():
							saved := c.anchor
							c.anchor = c.last
							defer func() { c.anchor = saved }()
						}
					}
					return relativeUnit(c, n, u, dir)
				})
			}},
		{name: "id-duration", rank: 3, pattern: `\b(?:(?P<n>{NUM})\s+|(?P<se>se))(?P<u>{UNIT_ID})\b`,
			build: func(m *match) *mention {
				n, ok := quantity(m)
				if !ok {
					if v := decimalDuration(m.g("n"), unitsID[m.g("u")]); v != "" {
						return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
					}
					return nil
				}
				u := unitsID[m.g("u")]
				after := m.after(4)
				if strings.HasPrefix(after, "-") || (m.g("u") == "minggu" && m.capital(m.pos("u"))) {
					return nil // "sehari-hari"; "Minggu" is Sunday
				}
				if m.g("u") == "jam" && len(after) > 1 && after[0] == ' ' && after[1] >= '0' && after[1] <= '9' {
					return nil
				}
				if isAge(m.before(80)) || bracketedAge(m) {
					return nil // an age, which TimeML does not mark
				}
				if m.g("u") == "tahun" && regulationRE.MatchString(m.lc[max(0, m.start()-32):m.pos("u")]) && yearAfterRE.MatchString(m.after(6)) {
					return nil // "Nomor 34 Tahun 2017" numbers a law
				}
				v := duration(n, u)
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-duration-last", rank: 4, pattern: `\b(?P<u>dekade|dasawarsa|abad|tahun|bulan|pekan|minggu)\s+(?:terakhir|belakangan)\b`,
			build: func(m *match) *mention {
				v := duration(1, unitsID[m.g("u")])
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-duration-redup", rank: 4, pattern: `\bber(?P<u>detik|menit|jam|hari|minggu|pekan|bulan|tahun|abad|dekade)-(?:ber)?(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|abad|dekade)\b`,
			build: func(m *match) *mention {
				v := duration(-1, unitsID[m.g("u")])
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-weekday", rank: 5, pattern: `\b(?:(?P<hari>hari)\s+)?(?P<wd>{WD_ID})\b(?:\s+(?P<pod>` + podID + `)\b)?(?:\s+(?P<rel>lalu|kemarin|depan|mendatang|ini|(?:pekan|minggu)\s+(?:lalu|depan|ini))\b)?`,
			build: buildWeekdayID},
		{name: "id-time", rank: 7, pattern: `\b(?:pukul|jam|pkl\.?)\s*(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2})(?:[.:](?P<sec>\d{2}))?)?\b(?:\s*(?P<z>wib|wita|wit|utc|gmt)\b)?(?:\s+(?P<pod>` + podID + `)\b)?`,
			build: buildTime},
		{name: "id-time-range-end", rank: 6, pattern: `(?:\bhingga|\bsampai|\bs\.?d\.?|-|–)\s*(?:pukul\s*)?(?P<h>\d{1,2})[.:](?P<mi>\d{2})\b(?:\s*(?P<z>wib|wita|wit)\b)?`,
			build: func(m *match) *mention {
				if !clockBeforeRE.MatchString(m.before(24)) {
					return nil
				}
				mt := buildTime(m)
				if mt != nil {
					mt.start = m.pos("h")
				}
				return mt
			}},
		{name: "id-clock", rank: 6, pattern: `\b(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:[.:](?P<sec>\d{2}))?\s*(?:(?P<z>wib|wita|wit)\b|(?P<wz>waktu)\s+[a-z]+\b)`,
			build: func(m *match) *mention {
				mt := buildTime(m)
				if mt != nil && m.g("wz") != "" {
					// "pukul 07.24 WIB atau 08.24 waktu Singapura": the
					// clock time ends before the zone, as "pukul 13.57" does
					mt.end = m.pos("wz") - 1
					for mt.end > mt.start && m.lc[mt.end-1] == ' ' {
						mt.end--
					}
				}
				return mt
			}},
		{name: "id-refs", rank: 4, pattern: `\b(?:saat\s+ini|sementara\s+ini|sekarang(?:\s+ini)?|kini|dewasa\s+ini|belakangan\s+ini|baru-baru\s+ini|akhir-akhir\s+ini|masa\s+depan|masa\s+mendatang|masa\s+lalu|masa\s+lampau|masa\s+sebelumnya|waktu\s+dekat|beberapa\s+waktu\s+(?:yang\s+)?lalu|nanti|masa\s+kini|zaman\s+sekarang|waktu\s+mendatang|waktu\s+yang\s+akan\s+datang|sebentar\s+lagi|hari\s+esok|(?:zaman\s+)?dahulu\s+kala)\b`,
			build: func(m *match) *mention {
				v := "PRESENT_REF"
				switch s := strings.Join(strings.Fields(m.lc[m.start():m.end()]), " "); s {
				case "belakangan ini", "baru-baru ini", "akhir-akhir ini", "masa lalu", "masa lampau", "masa sebelumnya", "beberapa waktu lalu", "beberapa waktu yang lalu":
					v = "PAST_REF"
				case "masa depan", "masa mendatang", "waktu dekat", "nanti", "waktu mendatang", "waktu yang akan datang", "sebentar lagi", "hari esok":
					v = "FUTURE_REF"
				case "dahulu kala", "zaman dahulu kala":
					v = "PAST_REF"
				}
				if a := m.after(3); strings.HasPrefix(a, "ny") || strings.HasPrefix(a, "-") {
					return nil // "nantinya", "kini-kini"
				}
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-season", rank: 5, pattern: `\bmusim\s+(?P<s>penghujan|hujan|kemarau|panas|dingin|salju|gugur|semi)\b(?:\s+(?P<rel>ini|lalu|depan|mendatang|tahun\s+(?:ini|lalu|depan)))?`,
			build: func(m *match) *mention {
				code := map[string]string{"penghujan": "WI", "hujan": "WI", "dingin": "WI", "salju": "WI", "kemarau": "SU", "panas": "SU", "gugur": "FA", "semi": "SP"}[m.g("s")]
				rel := strings.TrimPrefix(m.g("rel"), "tahun ")
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return season(c, code, relDir(rel)) })
			}},
		{name: "id-set", rank: 6, pattern: `\b(?:setiap|tiap|saban)\s+(?:(?P<n>{NUM})\s+)?(?P<u>detik|menit|jam|hari|minggu|pekan|bulan|tahun|malam|pagi|sore|siang)\b`,
			build: func(m *match) *mention {
				n := 1
				if s := m.g("n"); s != "" {
					v, ok := number(s)
					if !ok || v < 0 {
						return nil
					}
					n = v
				}
				u := m.g("u")
				v := ""
				if code := partOfDay(u); code != "" {
					v = "XXXX-XX-XXT" + code
				} else {
					v = duration(n, unitsID[u])
				}
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-set-once", rank: 7, pattern: `\bsekali\s+se(?P<u>hari|minggu|pekan|bulan|tahun)\b`,
			build: func(m *match) *mention {
				v := duration(1, unitsID[m.g("u")])
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-set-weekday", rank: 7, pattern: `\b(?:setiap|tiap|saban)\s+(?:hari\s+)?(?P<wd>{WD_ID})\b`,
			build: func(m *match) *mention {
				v := fmt.Sprintf("XXXX-WXX-%d", weekdaysID[m.g("wd")])
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-weekend-range", rank: 8, pattern: `\bsabtu\s*-\s*minggu\b`,
			build: func(m *match) *mention {
				if a := strings.TrimLeft(m.after(4), " "); strings.HasPrefix(a, "(") {
					return nil // "Sabtu-Minggu (20-21/12)": two named days
				}
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return "XXXX-WXX-WE", "" })
			}},
		{name: "id-set-adjective", rank: 3, pattern: `\b(?P<a>harian|mingguan|bulanan|tahunan)\b`,
			build: func(m *match) *mention {
				v := map[string]string{"harian": "P1D", "mingguan": "P1W", "bulanan": "P1M", "tahunan": "P1Y"}[m.g("a")]
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-quarter", rank: 7, pattern: `\b(?P<u>triwulan|kuartal|semester)\s+(?:ke\s*-?\s*)?(?P<o>pertama|kedua|ketiga|keempat|satu|dua|tiga|empat|iv|iii|ii|i|[1-4])\b(?:\s*(?:-|/)\s*(?P<y>{YEAR})\b|\s+(?:tahun\s+)?(?P<y2>{YEAR})\b|\s+tahun\s+(?P<rel>ini|lalu|depan|sebelumnya)\b)?`,
			build: func(m *match) *mention {
				n := map[string]int{"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}[m.g("o")]
				half := m.g("u") == "semester"
				if n == 0 || half && n > 2 {
					return nil
				}
				ys := m.g("y") + m.g("y2")
				dir := relDir(m.g("rel"))
				code := "Q"
				if half {
					code = "H"
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					switch {
					case ys != "":
						return fmt.Sprintf("%s-%s%d", ys, code, n), ""
					case !c.known():
						return fmt.Sprintf("XXXX-%s%d", code, n), FlagNoAnchor
					}
					y := c.anchor.Year()
					if dir == -1 {
						y--
					} else if dir == 1 {
						y++
					}
					return fmt.Sprintf("%04d-%s%d", y, code, n), ""
				})
			}},
		{name: "id-holiday", rank: 5, pattern: `\b(?:(?:hari\s+raya|malam)\s+)?(?P<h>natal|tahun\s+baru|pergantian\s+tahun)\b(?:\s+(?P<y>{YEAR})\b)?`,
			build: func(m *match) *mention {
				eve := strings.HasPrefix(m.lc[m.start():], "malam")
				if h := m.g("h"); strings.HasPrefix(h, "pergantian") {
					if !eve {
						return nil
					}
					return holidayEve(m, "tahun baru", m.g("y")) // "malam pergantian tahun"
				}
				if !m.capital(m.pos("h")) && !eve {
					return nil // "malam tahun baru" is the eve in any case
				}
				if eve {
					return holidayEve(m, m.g("h"), m.g("y"))
				}
				return holiday(m, m.g("h"), m.g("y"))
			}},
		{name: "id-noon", rank: 6, pattern: `\btengah\s+(?P<w>hari|malam)\b`,
			build: func(m *match) *mention {
				clock := "T12:00"
				if m.g("w") == "malam" {
					clock = "T24:00"
				}
				mt := m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					base := c.focus()
					return dayOrX(base) + clock, ""
				})
				mt.clock = true
				return mt
			}},
		{name: "id-half-year", rank: 7, pattern: `\bparuh\s+(?P<o>pertama|kedua)\s+(?:(?:tahun\s+)?(?P<y>{YEAR})|tahun\s+(?P<rel>ini|lalu|depan|mendatang|berikutnya|sebelumnya))\b`,
			build: func(m *match) *mention {
				n := 1
				if m.g("o") == "kedua" {
					n = 2
				}
				ys, dir := m.g("y"), relDir(m.g("rel"))
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					switch {
					case ys != "":
						return fmt.Sprintf("%s-H%d", ys, n), ""
					case !c.known():
						return fmt.Sprintf("XXXX-H%d", n), FlagNoAnchor
					}
					y := c.anchor.Year()
					if dir == -1 || dir == 1 {
						y += dir
					}
					return fmt.Sprintf("%04d-H%d", y, n), ""
				})
			}},
		{name: "id-part-of-day", rank: 3, pattern: `\b(?P<p>pagi|siang|sore|petang|malam|dini)\s+hari\b`,
			build: func(m *match) *mention {
				a := m.after(8)
				if strings.HasPrefix(a, " ini") || strings.HasPrefix(a, " itu") || strings.HasPrefix(a, " tadi") || strings.HasPrefix(a, "nya") {
					return nil
				}
				pod := partOfDay(m.g("p"))
				if m.g("p") == "dini" {
					pod = "MO"
				}
				// "pada sore hari": the afternoon of the day in focus
				return m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					base := c.focus()
					if base.IsZero() {
						return "XXXX-XX-XXT" + pod, FlagNoAnchor
					}
					c.day = base // a clock time right after it takes this day
					return format(base, precDay) + "T" + pod, ""
				})
			}},
		{name: "id-whole-day", rank: 5, pattern: `\bseharian\b|\b(?P<n>\d{1,2})\s+hari\s+(?P<n2>\d{1,2})\s+malam\b`,
			build: func(m *match) *mention {
				// "seharian" (all day long) is a day; "7 hari 7 malam" is 7
				// days, nights included
				v := "P1D"
				if n := m.g("n"); n != "" {
					if n != m.g("n2") {
						return nil
					}
					v = "P" + strings.TrimLeft(n, "0") + "D"
				}
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-bare-part-of-day", rank: 2, pattern: `\b(?P<p>pagi|siang|sore|petang|malam|subuh|senja|fajar)\b`,
			build: func(m *match) *mention {
				// "sejak pagi", "hingga malam", "menjelang pagi": a part of
				// the day in focus; not "makan malam", "selamat pagi"
				if !barePODBeforeRE.MatchString(m.before(14)) {
					return nil
				}
				a := m.after(8)
				for _, p := range []string{" hari", " ini", " itu", " tadi", "nya", "-"} {
					if strings.HasPrefix(a, p) {
						return nil
					}
				}
				pod := partOfDay(m.g("p"))
				return m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					base := c.focus()
					if base.IsZero() {
						return "XXXX-XX-XXT" + pod, FlagNoAnchor
					}
					return format(base, precDay) + "T" + pod, ""
				})
			}},
		{name: "id-same-day", rank: 5, pattern: `\bhari\s+yang\s+sama\b`,
			build: func(m *match) *mention {
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if c.last.IsZero() {
						return "", ""
					}
					c.day = c.last // "hari yang sama pukul 08.00 WIB"
					return format(c.last, precDay), ""
				})
			}},
		{name: "id-duration-compound", rank: 6, pattern: `\b(?P<n>{NUM})\s+(?P<u>jam|menit)\s+(?P<n2>{NUM})\s+(?P<u2>menit|detik)\b`,
			build: func(m *match) *mention {
				// "4 jam 30 menit", "tujuh menit 15 detik": one duration
				a, ok1 := number(m.g("n"))
				b, ok2 := number(m.g("n2"))
				if !ok1 || !ok2 || b >= 60 || m.g("u") == m.g("u2") {
					return nil
				}
				v := fmt.Sprintf("PT%d%s%d%s", a, unitLetter(m.g("u")), b, unitLetter(m.g("u2")))
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-day-coordinated", rank: 7, pattern: `\b(?P<d>\d{1,2})\s*(?:dan|&|,)\s*\d{1,2}\s+(?P<m>{MON_ID})(?:\s+(?:tahun\s+)?(?P<y>\d{4})\b)?`,
			build: func(m *match) *mention {
				// "17 dan 18 Juni 2025": the first day takes the month and
				// year of the second, which its own rule reads
				d, _ := strconv.Atoi(m.g("d"))
				mo := monthsID[strings.TrimSuffix(m.g("m"), ".")]
				y, _ := strconv.Atoi(m.g("y"))
				if d < 1 || d > 31 || mo == 0 {
					return nil
				}
				mt := m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					t, flag, ok := pickDay(c, []dayReading{{m: mo, d: d}}, y, 0)
					if !ok {
						return "", ""
					}
					c.day = t
					return format(t, precDay), flag
				})
				mt.end = m.pos("d") + len(m.g("d"))
				return mt
			}},
		{name: "id-ordinal-day", rank: 6, pattern: `\bhari\s+(?:ke-?\s*(?P<n>\d{1,3})|(?P<o>pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh))\b`,
			build: func(m *match) *mention {
				// "hari kedua pencarian", "hari ketiga turnamen": the day
				// in focus (of its sentence, else the article's)
				after := strings.TrimLeft(m.after(12), " ")
				if strings.HasPrefix(after, "dan") || strings.HasPrefix(after, "hingga") || strings.HasPrefix(after, "sampai") || strings.HasPrefix(after, "-") {
					return nil // "hari pertama hingga ketiga": a stretch, not one day
				}
				mt := m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					base := c.focus()
					if base.IsZero() {
						return "XXXX-XX-XX", FlagNoAnchor
					}
					return format(base, precDay), ""
				})
				mt.focus = true
				return mt
			}},
		{name: "id-going-forward", rank: 3, pattern: `\bke\s+depan\b`,
			build: func(m *match) *mention {
				// "Ke depan, BI akan ...": from now on, not "maju ke depan"
				b := strings.TrimRight(m.before(3), " ")
				a := strings.TrimLeft(m.after(2), " ")
				if !(b == "" || strings.HasSuffix(b, ".") || strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "\n")) || !strings.HasPrefix(a, ",") {
					return nil
				}
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return "FUTURE_REF", "" })
			}},
		{name: "id-week-of-month", rank: 7, pattern: `\b(?:pekan|minggu)\s+(?P<o>pertama|kedua|ketiga|keempat|terakhir)\s+(?:bulan\s+)?(?P<m>{MON_ID})(?:\s+(?:tahun\s+)?(?P<y>\d{4})\b)?`,
			build: func(m *match) *mention {
				// "pekan pertama Juni 2025": the month's first week that
				// has most of its days in the month, as ISO counts weeks
				mo := monthsID[strings.TrimSuffix(m.g("m"), ".")]
				y, _ := strconv.Atoi(m.g("y"))
				if mo == 0 {
					return nil
				}
				o := map[string]int{"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "terakhir": -1}[m.g("o")]
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					yy := y
					if yy == 0 {
						t, _, ok := pickDay(c, []dayReading{{m: mo, d: 15}}, 0, 0)
						if !ok {
							return "", ""
						}
						yy = t.Year()
					}
					return format(weekOfMonth(yy, mo, o), precWeek), ""
				})
			}},
		{name: "id-days-of-hours", rank: 8, pattern: `\b(?P<a>\d{1,2})\s*[x×]\s*24\s*jam(?:\s+pertama)?\b`,
			build: func(m *match) *mention {
				n, _ := strconv.Atoi(m.g("a"))
				if n < 1 {
					return nil
				}
				v := duration(n, "D") // "2 x 24 jam": two days
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "id-that-time", rank: 5, pattern: `\b(?:saat|waktu|ketika)\s+itu\b`,
			build: func(m *match) *mention {
				// "saat itu": the time the text last named, else some past time
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.last.IsZero() {
						return format(c.last, precDay), ""
					}
					return "PAST_REF", ""
				})
			}},
		{name: "id-that-day", rank: 6, pattern: `\b(?:(?P<next>keesokan\s+harinya|esok\s+harinya|hari\s+berikutnya)|keesokan\s+(?P<np>pagi|siang|sore|petang|malam)(?:nya|\s+harinya)?|(?P<prev>hari\s+sebelumnya)|(?P<p>pagi|siang|sore|petang|malam)(?:(?:\s+hari)?\s+itu|\s+harinya))\b`,
			build: func(m *match) *mention {
				off, pod := 0, ""
				switch {
				case m.g("next") != "":
					off = 1
				case m.g("np") != "": // "keesokan paginya"
					off, pod = 1, partOfDay(m.g("np"))
				case m.g("prev") != "":
					off = -1
				default:
					pod = partOfDay(m.g("p"))
				}
				typ := warta.TimexDate
				if pod != "" {
					typ = warta.TimexTime
				}
				// "keesokan harinya", "malam itu": the day after, or the
				// night of, the day the text last named
				return m.mention(typ, func(c *resolution) (string, string) {
					base := c.focus()
					if base.IsZero() {
						return "", ""
					}
					t := base.AddDate(0, 0, off)
					return c.dayValue(t, pod), ""
				})
			}},
		{name: "id-day-of-month", rank: 3, pattern: `\b(?:tanggal|tgl\.?)\s*(?P<d>\d{1,2})\b`,
			build: func(m *match) *mention {
				d, _ := strconv.Atoi(m.g("d"))
				if d < 1 || d > 31 {
					return nil
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.known() {
						return fmt.Sprintf("XXXX-XX-%02d", d), FlagNoAnchor
					}
					t := date(c.anchor.Year(), int(c.anchor.Month()), d)
					if c.tense <= 0 && t.After(c.anchor.AddDate(0, 0, 3)) {
						t = date(c.anchor.Year(), int(c.anchor.Month())-1, d)
					}
					c.day = t
					return format(t, precDay), ""
				})
			}},
	}
}

var clockBeforeRE = regexp.MustCompile(`\d[.:]\d\d\s*(?:wib|wita|wit)?\s*$`)

// quantity reads the number of a "N unit" match, where "se" counts one.
func quantity(m *match) (int, bool) {
	if m.g("se") != "" {
		return 1, true
	}
	n, ok := number(m.g("n"))
	if !ok || n > 1000 {
		return 0, false
	}
	return n, true
}

// relativeUnit resolves "N units ago/ahead".
func relativeUnit(c *resolution, n int, u string, dir int) (string, string) {
	switch u {
	case "SEM":
		u, n = "M", n*6
	case "WINDU":
		u, n = "Y", n*8
	}
	return relative(c, n, u, dir)
}

// halfYear resolves "semester ini/lalu/depan".
func halfYear(c *resolution, dir int) (string, string) {
	if !c.known() {
		return "XXXX-HX", FlagNoAnchor
	}
	if dir == 2 {
		dir = 0
	}
	t := firstOfMonth(c.anchor).AddDate(0, 6*dir, 0)
	return format(t, precHalf), ""
}

// season resolves a season name; code is a TIMEX3 season (SP SU FA WI).
func season(c *resolution, code string, dir int) (string, string) {
	if !c.known() {
		return "XXXX-" + code, FlagNoAnchor
	}
	y := c.anchor.Year()
	switch dir {
	case -1:
		y--
	case 1:
		y++
	}
	return fmt.Sprintf("%04d-%s", y, code), ""
}

// roman reads a small number in digits or Roman numerals.
func roman(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	val := map[byte]int{'i': 1, 'v': 5, 'x': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// buildNumericID handles "Selasa (10/8/2024)", "(12/6)", "28/12/2014".
func buildNumericID(m *match) *mention {
	open, close := m.g("open") != "", m.g("close") != ""
	wdName := m.g("wd")
	ys := m.g("y")
	sep := m.g("sep")
	if ys == "" && !(open && close) {
		return nil // "10.30" or "3-4" without brackets is not a date
	}
	if wdName == "" && ys == "" && sep != "/" {
		return nil
	}
	if sep == "." && ys == "" {
		return nil
	}
	a, _ := strconv.Atoi(m.g("a"))
	b, _ := strconv.Atoi(m.g("b"))
	y := 0
	if ys != "" {
		y, _ = strconv.Atoi(ys)
		if len(ys) == 2 {
			y = twoDigitYear(y)
		}
	}
	mt := m.mention(warta.TimexDate, nil)
	if open && !close {
		// keep the span balanced: stop before a bracket that does not close
		if i := strings.IndexByte(m.lc[mt.start:mt.end], '('); i == 0 {
			mt.start += strings.IndexFunc(m.lc[mt.start+1:mt.end], func(r rune) bool { return r != ' ' }) + 1
		}
	}
	wd := weekdaysID[wdName]
	pod := partOfDay(m.g("pod"))
	if pod == "" {
		pod = partOfDay(m.g("pod0")) // "Jumat malam (13/6/2025)"
	}
	if pod != "" {
		mt.typ = warta.TimexTime
	}
	mt.weekdayAnchored = wd > 0
	mt.absolute = true
	readings := []dayReading{{m: b, d: a}, {m: a, d: b}}
	if wd == 0 {
		readings = readings[:1]
	}
	mt.resolve = func(c *resolution) (string, string) {
		t, flag, ok := pickDay(c, readings, y, wd)
		if !ok {
			return "", ""
		}
		return c.dayValue(t, pod), flag
	}
	return mt
}

// buildDayMonthID handles "28 Desember 2014", "Senin, 29 Desember",
// "13 Sept".
func buildDayMonthID(m *match) *mention {
	mo := monthsID[strings.TrimSuffix(m.g("m"), ".")]
	d, _ := strconv.Atoi(m.g("d"))
	if mo == 0 || d < 1 || d > 31 {
		return nil
	}
	y, _ := strconv.Atoi(m.g("y"))
	wd := weekdaysID[m.g("wd")]
	if m.g("wd") == "minggu" && !m.capital(m.pos("wd")) {
		return nil
	}
	rel := relDir(m.g("rel"))
	mt := m.mention(warta.TimexDate, nil)
	if m.g("open") != "" && m.g("close") == "" {
		return nil
	}
	if m.g("open") == "" && m.g("close") != "" && m.g("pod") == "" && m.g("rel") == "" {
		mt.end = strings.LastIndexByte(m.lc[:m.end()], ')') // "(realisasi per 26 Desember)": the bracket is not ours
		for mt.end > mt.start && m.lc[mt.end-1] == ' ' {
			mt.end--
		}
	}
	pod := partOfDay(m.g("pod"))
	if pod != "" {
		mt.typ = warta.TimexTime
	}
	mt.weekdayAnchored = wd > 0
	mt.absolute = true
	mt.resolve = func(c *resolution) (string, string) {
		if rel != 0 && y == 0 {
			saved := c.tense
			c.tense = rel
			defer func() { c.tense = saved }()
		}
		t, flag, ok := pickDay(c, []dayReading{{m: mo, d: d}}, y, wd)
		if !ok {
			return "", ""
		}
		return c.dayValue(t, pod), flag
	}
	return mt
}

func twoDigitYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

// buildYear handles "2014", "tahun 2014", "awal 2024", "1990-an".
func buildYear(m *match) *mention {
	y, _ := strconv.Atoi(m.g("y"))
	before := m.before(6)
	after := m.after(10)
	if notAYear(before, after) && m.g("t") == "" || numberedAfterSlash(m.before(24)) || inCode(m.before(4)) {
		return nil
	}
	if m.g("t") != "" && regulationRE.MatchString(m.before(32)) || regulationYear(m.before(40)) {
		return nil // "PMK Nomor 34 Tahun 2017", "UU No. 13 Tahun 2003": a law's number
	}
	v := strconv.Itoa(y)
	if m.g("an") != "" {
		v = strconv.Itoa(y / 10)
		return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
	}
	return m.mention(warta.TimexDate, func(c *resolution) (string, string) { c.lastYear = y; return v, "" })
}

// notAYear reports whether the context of a four-digit number says it is
// an amount, a code or a measure rather than a year.
func notAYear(before, after string) bool {
	b := strings.TrimRight(before, " ")
	for _, p := range []string{"rp", "$", "us$", "rp.", "no", "no.", "nomor", "pasal", "€", "£", "usd", "idr", "sebanyak", "mencapai", "sekitar", "total", "hingga", "kode", "flight", "nomer", "km"} {
		if strings.HasSuffix(b, p) && (len(b) == len(p) || !isLetter(b[len(b)-len(p)-1]) || !isLetter(p[0])) {
			if p == "hingga" || p == "sekitar" || p == "mencapai" {
				// "hingga 2015" is a year often enough; only treat as an
				// amount when a unit follows.
				continue
			}
			return true
		}
	}
	if len(b) > 0 && (b[len(b)-1] == '.' || b[len(b)-1] == ',') && len(b) > 1 && b[len(b)-2] >= '0' && b[len(b)-2] <= '9' {
		return true
	}
	a := after
	if len(a) > 0 && (a[0] == '%' || a[0] == '.' && len(a) > 1 && a[1] >= '0' && a[1] <= '9' || a[0] == ',' && len(a) > 1 && a[1] >= '0' && a[1] <= '9') {
		return true
	}
	a = strings.TrimLeft(a, " ")
	for _, u := range []string{"orang", "km", "kilometer", "meter", "m ", "kg", "ton", "unit", "persen", "rumah", "jiwa", "kaki", "feet", "mil", "barel", "dolar", "rupiah", "penumpang", "people", "percent", "miles", "jam", "hari", "menit", "detik", "kali", "buah", "ekor", "hektar", "ha ", "mw", "liter", "juta", "miliar", "ribu", "million", "billion", "shares", "points", "tons", "troops", "workers"} {
		if strings.HasPrefix(a, u) {
			return true
		}
	}
	return false
}

// barePODBeforeRE matches the prepositions after which a bare part of the
// day is a time: "sejak pagi", "hingga malam", "menjelang pagi".
var barePODBeforeRE = regexp.MustCompile(`(?:^|[^a-z])(?:sejak|hingga|sampai|menjelang|jelang|pada)\s+$`)

// clockBeforeTextRE finds a clock time in the text before an expression.
var clockBeforeTextRE = regexp.MustCompile(`\b\d{1,2}[.:]\d{2}\b`)

// extendRE matches a verb of extending before "N hari lagi", which then
// counts more days rather than naming the day N days ahead.
var extendRE = regexp.MustCompile(`\b(?:memperpanjang|diperpanjang|perpanjangan|menambah|ditambah|tambahan)\b[^.,;]*$`)

// yearAfterRE matches a four-digit year right after an expression.
var yearAfterRE = regexp.MustCompile(`^\s+(?:19|20)\d\d\b`)

// regulationRE matches the number of a law or a regulation right before
// "Tahun 2017" ("Peraturan Menteri Keuangan Nomor 34 Tahun 2017", "PM
// 140 Tahun 2015", "UU No. 13 Tahun 2003"): the year is part of its name.
var regulationRE = regexp.MustCompile(`(?:\b(?:nomor|nomer|no\.?|nr\.?)|\b(?:uu|pp|pm|pr|pmk|perpres|permen|perda|perppu|keppres|kepres|inpres|perpu|perkap|perma|perkom|perban|kepmen|sk))\s*[0-9]+[a-z]?\s+$`)

// regulationYear reports whether the text before a bare year ends in a
// law's number and "tahun" ("Nomor 34 Tahun ").
func regulationYear(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "tahun") {
		return false
	}
	return regulationRE.MatchString(b[:len(b)-len("tahun")])
}

// inCode reports whether a four-digit number follows letters and a slash,
// as inside a letter's reference "SPTLKO/02/VI/2025/SPKT".
func inCode(before string) bool {
	n := len(before)
	return n >= 2 && before[n-1] == '/' && isLetter(before[n-2])
}

// numberedAfterSlash reports whether the text before a four-digit number
// ends in a serial number and a slash, as in the numbering of laws and
// letters ("Permen ESDM No 1/2013", "UU 32/2009"): the number is then part
// of a code. A month written as a number ("7/2013") still counts as a date
// unless a "no"/"nomor" introduces it.
func numberedAfterSlash(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "/") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-1], " ")
	i := len(b)
	for i > 0 && b[i-1] >= '0' && b[i-1] <= '9' {
		i--
	}
	if i == len(b) {
		return false
	}
	if n, _ := strconv.Atoi(b[i:]); n > 12 {
		return true
	}
	head := strings.TrimRight(b[:i], " .")
	for _, p := range []string{"no", "nomor", "nomer", "nr"} {
		if strings.HasSuffix(head, p) && (len(head) == len(p) || !isLetter(head[len(head)-len(p)-1])) {
			return true
		}
	}
	return false
}

// inTitleName reports whether the two words before offset i are both
// capitalised words in lower case otherwise (not acronyms such as
// "APBN-P"), neither a month, a weekday nor a word that starts a
// sentence: then a year at i closes a name ("Pertamina Outlook 2015",
// "Piala Dunia 2014").
func inTitleName(body string, i int) bool {
	words := strings.Fields(body[max(0, i-40):i])
	if len(words) > 0 && isBracketedAcronym(words[len(words)-1]) {
		words = words[:len(words)-1] // "Depok Run Fest (DRF) 2025"
	} else if strings.ContainsAny(body[max(0, i-2):i], ",.;:()") {
		return false
	}
	if len(words) < 2 {
		return false
	}
	for k, w := range words[len(words)-2:] {
		if k == 0 {
			w = gluedTail(w) // "pramusimPiala Presiden 2025": a link glued to the word before
		}
		if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
			continue // "Formula E Jakarta 2025" reads "E Jakarta"
		}
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' || strings.ContainsAny(w, ".,;:()") {
			return false
		}
		l := strings.ToLower(w)
		if _, ok := monthsID[l]; ok {
			return false
		}
		if _, ok := weekdaysID[l]; ok {
			return false
		}
		switch l {
		case "pada", "sejak", "hingga", "sampai", "tahun", "awal", "akhir", "pertengahan", "medio", "penghujung", "selama", "di", "dalam", "tahun-tahun":
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isBracketedAcronym reports whether w is an acronym in brackets, "(DRF)".
func isBracketedAcronym(w string) bool {
	if len(w) < 4 || w[0] != '(' || w[len(w)-1] != ')' {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		if !(w[i] >= 'A' && w[i] <= 'Z' || w[i] >= '0' && w[i] <= '9') {
			return false
		}
	}
	return true
}

// gluedTail returns the capitalised end of a word that scraping glued to
// the one before it ("pramusimPiala" → "Piala"), else w.
func gluedTail(w string) string {
	for i := len(w) - 1; i > 1; i-- {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return w[i:]
		}
	}
	return w
}

// buildRelativeDayID handles kemarin, besok, lusa, hari ini, tadi malam...
func buildRelativeDayID(m *match) *mention {
	if m.g("bd") != "" {
		// "kemarin (19/11)": the bracket names the day
		d, _ := strconv.Atoi(m.g("bd"))
		mo, _ := strconv.Atoi(m.g("bm"))
		y, _ := strconv.Atoi(m.g("by"))
		mt := m.mention(warta.TimexDate, func(c *resolution) (string, string) {
			t, flag, ok := pickDay(c, []dayReading{{m: mo, d: d}}, y, 0)
			if !ok {
				return "", ""
			}
			c.day = t
			return format(t, precDay), flag
		})
		mt.absolute = true
		return mt
	}
	s := strings.Join(strings.Fields(m.lc[m.start():m.end()]), " ")
	off, pod, that := 0, "", false
	words := strings.Fields(s)
	switch {
	case s == "kemarin lusa":
		off = -2
	case s == "besok lusa":
		off = 2
	case s == "lusa":
		off = 2
	case s == "hari ini":
	case s == "hari itu", s == "hari yang sama":
		that = true
	case words[len(words)-1] == "kemarin": // "sore kemarin"
		off, pod = -1, partOfDay(words[0])
	case s == "semalam":
		off, pod = -1, "NI"
	case words[0] == "kemarin" || words[0] == "kemaren":
		off = -1
		if len(words) > 1 {
			pod = partOfDay(strings.Join(words[1:], " "))
		}
	case words[0] == "besok" || words[0] == "esok":
		off = 1
		if len(words) > 1 {
			pod = partOfDay(strings.Join(words[1:], " "))
		}
	case words[0] == "tadi" || words[0] == "nanti":
		pod = partOfDay(words[1])
		if pod == "NI" {
			off = -1
		}
	case words[len(words)-1] == "tadi":
		pod = partOfDay(strings.Join(words[:len(words)-1], " "))
		if words[0] == "malam" {
			off = -1
		}
	default: // "pagi ini", "malam ini", "sore hari ini"
		pod = partOfDay(words[0])
	}
	typ := warta.TimexDate
	if pod != "" {
		typ = warta.TimexTime
	}
	return m.mention(typ, func(c *resolution) (string, string) {
		var t time.Time
		switch {
		case that && !c.last.IsZero():
			t = c.last
		case c.known():
			t = c.anchor.AddDate(0, 0, off)
		default:
			return withPart("XXXX-XX-XX", pod), FlagNoAnchor
		}
		return c.dayValue(t, pod), ""
	})
}

// buildWeekdayID handles "Selasa", "hari Selasa", "Senin lalu", "Rabu malam".
func buildWeekdayID(m *match) *mention {
	name := m.g("wd")
	wd := weekdaysID[name]
	rel := m.g("rel")
	if name == "minggu" {
		if !m.capital(m.pos("wd")) && m.g("hari") == "" {
			return nil
		}
		switch rel {
		case "lalu", "ini", "depan", "kemarin", "mendatang":
			// "Minggu lalu" opening a sentence is last week; inside one,
			// capitalised, it is last Sunday, as IndoTimex reads "Minggu"
			if m.g("hari") == "" && eveOf(m) == 0 && sentenceInitial(m.body, m.pos("wd")) {
				return nil
			}
		}
		b := strings.TrimRight(m.before(12), " ")
		if f := strings.Fields(b); len(f) > 0 {
			if _, ok := number(f[len(f)-1]); ok || strings.HasSuffix(b, "akhir") || strings.HasSuffix(b, "beberapa") {
				return nil
			}
		}
	}
	if m.g("hari") == "" && m.g("pod") == "" && inProperName(m.body, m.start()) {
		// "Pasar Minggu", "Jalan Kamis": a place, not a day; but "di
		// Surabaya Rabu sore" is a day
		return nil
	}
	pod := partOfDay(m.g("pod"))
	eve := eveOf(m)
	if eve != 0 {
		pod = "NI" // "malam Minggu" is the night before Sunday: Saturday night
	}
	typ := warta.TimexDate
	if pod != "" {
		typ = warta.TimexTime
	}
	mt := m.mention(typ, func(c *resolution) (string, string) {
		var t time.Time
		var ok bool
		switch {
		case strings.HasSuffix(rel, " lalu") && strings.Contains(rel, " "):
			t, ok = weekInWeek(c, wd, -1)
		case strings.HasSuffix(rel, " depan"):
			t, ok = weekInWeek(c, wd, 1)
		case strings.HasSuffix(rel, " ini"):
			t, ok = weekInWeek(c, wd, 0)
		case rel == "":
			if t, ok = namedWeekday(c, wd); !ok {
				t, ok = weekdayValue(c, wd, rel)
			}
		default:
			t, ok = weekdayValue(c, wd, rel)
		}
		if !ok {
			if eve != 0 {
				return withPart(fmt.Sprintf("XXXX-WXX-%d", (wd+5)%7+1), pod), FlagNoAnchor
			}
			return withPart(fmt.Sprintf("XXXX-WXX-%d", wd), pod), FlagNoAnchor
		}
		return c.dayValue(t.AddDate(0, 0, eve), pod), ""
	})
	if eve != 0 {
		mt.start -= len("malam ")
	}
	mt.weekday = true
	return mt
}

// eveOf returns -1 when "malam" stands right before the weekday of m
// ("malam Minggu"), else 0.
func eveOf(m *match) int {
	if m.g("hari") == "" && m.g("pod") == "" && strings.HasSuffix(m.before(6), "malam ") {
		return -1
	}
	return 0
}

// weekInWeek returns weekday wd of the anchor's week moved by k weeks.
func weekInWeek(c *resolution, wd, k int) (time.Time, bool) {
	if !c.known() {
		return time.Time{}, false
	}
	monday := c.anchor.AddDate(0, 0, 1-isoWeekday(c.anchor))
	return monday.AddDate(0, 0, 7*k+wd-1), true
}

// buildTime handles "pukul 13.21 WIB", "jam 7 malam", "13.21 WIB".
func buildTime(m *match) *mention {
	h, _ := strconv.Atoi(m.g("h"))
	mi := 0
	if s := m.g("mi"); s != "" {
		mi, _ = strconv.Atoi(s)
	}
	if h > 24 || mi > 59 {
		return nil
	}
	pod := m.g("pod")
	switch {
	case pod == "siang":
		// "pukul 11 siang" is before noon, "pukul 2 siang" after it
		if h < 6 {
			h += 12
		}
	case partOfDay(pod) == "AF" || partOfDay(pod) == "EV" || partOfDay(pod) == "NI":
		if h < 12 && !(pod == "malam" && h >= 0 && h < 4) {
			h += 12
		}
	case partOfDay(pod) == "MI":
		if h < 6 {
			h += 12
		}
	}
	if h == 24 && mi > 0 {
		return nil
	}
	// "pukul 24.00" stays the end of its day (T24:00), as "tengah malam" does
	zone := zoneOffset(m.g("z"))
	clock := fmt.Sprintf("T%02d:%02d", h, mi)
	if s := m.g("sec"); s != "" {
		if sec, _ := strconv.Atoi(s); sec > 59 {
			return nil
		}
		clock += ":" + s // "pukul 15:24:49 WIB"
	}
	mt := m.mention(warta.TimexTime, func(c *resolution) (string, string) {
		return dayOrX(clockDay(c, h)) + clock + zone, ""
	})
	if pod != "" && strings.HasPrefix(m.after(6), " tadi") {
		// "pukul 00.44 WIB dini hari tadi": the part of the day with its
		// "tadi" is an expression of its own
		mt.end = len(strings.TrimRight(m.lc[:m.pos("pod")], " "))
	}
	mt.clock = true
	return mt
}

// unitLetter is the TIMEX3 letter of an Indonesian clock unit.
func unitLetter(u string) string {
	switch u {
	case "jam":
		return "H"
	case "menit":
		return "M"
	}
	return "S"
}

// weekOfMonth returns a day in the o-th week (-1: the last) of a month,
// counting the weeks (Monday to Sunday) that have at least four of their
// days in the month.
func weekOfMonth(y, mo, o int) time.Time {
	first := date(y, mo, 1)
	// the Thursday of the first week with four days in the month
	th := first.AddDate(0, 0, (4-isoWeekday(first)+7)%7)
	if o < 0 {
		last := date(y, mo+1, 1).AddDate(0, 0, -1)
		return last.AddDate(0, 0, -((isoWeekday(last) - 4 + 7) % 7))
	}
	return th.AddDate(0, 0, 7*(o-1))
}

// bracketedAge reports whether "N tahun" stands alone in brackets after a
// capitalised name, as ages do in news ("M Syachrie ( 55 tahun )").
func bracketedAge(m *match) bool {
	if m.g("u") != "tahun" || !strings.HasPrefix(strings.TrimLeft(m.after(4), " "), ")") {
		return false
	}
	b := strings.TrimRight(m.before(4), " ")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	i := m.start() - (len(m.before(4)) - len(b)) - 1 // the bracket
	j := i
	for j > 0 && m.body[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isWordByte(m.body[k-1]) {
		k--
	}
	return k < j && m.body[k] >= 'A' && m.body[k] <= 'Z'
}

// isAge reports whether the words before "N tahun" make it an age.
//
// A person noun right before the number makes an age too ("korban
// perempuan 25 tahun", "bocah 7 tahun").
func isAge(before string) bool {
	f := strings.Fields(before)
	for i := len(f) - 1; i >= 0 && i >= len(f)-3; i-- {
		switch f[i] {
		case "usia", "berusia", "umur", "berumur", "umurnya", "usianya":
			return true
		}
	}
	// "usianya yang kini sudah 63 tahun", "usia harapan hidup ...
	// mencapai 72 tahun": an age word earlier in the clause, with no word
	// of duration after it
	clause := before
	if k := strings.LastIndexAny(clause, ",.;:\"“”()\n"); k >= 0 {
		clause = clause[k+1:]
	}
	g := strings.Fields(clause)
	for i := len(g) - 1; i >= 0; i-- {
		w := g[i]
		if w == "selama" || w == "sejak" || w == "dalam" || w == "kurun" || w == "pidana" || w == "penjara" || w == "hukuman" {
			break
		}
		switch w {
		case "usia", "berusia", "umur", "berumur", "umurnya", "usianya":
			return true
		}
	}
	if len(f) > 0 {
		switch strings.Trim(f[len(f)-1], ",.()") {
		case "pria", "perempuan", "wanita", "laki-laki", "bocah", "balita", "remaja", "kakek", "nenek", "lansia", "gadis", "pemuda", "bayi":
			return true
		}
	}
	return false
}

// holiday resolves a fixed-date holiday (Christmas, New Year's Day) to the
// nearest one, or to the year written after it.
func holiday(m *match, name, ys string) *mention {
	mo, d := 12, 25
	switch strings.Join(strings.Fields(name), " ") {
	case "tahun baru", "new year's day", "new year's", "new year":
		mo, d = 1, 1
	}
	return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
		y := 0
		switch {
		case ys != "":
			y, _ = strconv.Atoi(ys)
		case c.known():
			y = yearFor(c, mo, d)
		default:
			return fmt.Sprintf("XXXX-%02d-%02d", mo, d), FlagNoAnchor
		}
		t := date(y, mo, d)
		c.day = t
		return format(t, precDay), ""
	})
}

// holidayEve resolves "malam Natal" (24 December) and "malam Tahun Baru"
// (31 December, the eve of the year written after it) to that night.
func holidayEve(m *match, name, ys string) *mention {
	d := 24
	if strings.HasPrefix(name, "tahun") {
		d = 31
	}
	return m.mention(warta.TimexTime, func(c *resolution) (string, string) {
		y := 0
		switch {
		case ys != "":
			y, _ = strconv.Atoi(ys)
			if d == 31 {
				y-- // "malam Tahun Baru 2015" is the last night of 2014
			}
		case c.known():
			y = yearFor(c, 12, d)
		default:
			return fmt.Sprintf("XXXX-12-%02dTNI", d), FlagNoAnchor
		}
		t := date(y, 12, d)
		c.day = t
		return format(t, precDay) + "TNI", ""
	})
}

var decimalRE = regexp.MustCompile(`^\d+[.,]\d{1,2}$`)

// decimalDuration writes "1,5 jam" as PT1.5H; it returns "" when s is not
// a decimal number.
func decimalDuration(s, unit string) string {
	if !decimalRE.MatchString(s) || unit == "" {
		return ""
	}
	q := strings.Replace(s, ",", ".", 1)
	switch unit {
	case "H", "S":
		return "PT" + q + unit
	case "MIN":
		return "PT" + q + "M"
	case "WINDU", "SEM":
		return ""
	}
	return "P" + q + unit
}

// sentenceInitial reports whether the word at i opens a sentence, a line,
// a quotation or a bracket.
func sentenceInitial(body string, i int) bool {
	p := i - 1
	for p >= 0 && body[p] == ' ' {
		p--
	}
	return p < 0 || strings.ContainsRune(".!?\n\"(", rune(body[p])) || strings.HasSuffix(body[:p+1], "“")
}

// inProperName reports whether the word at i follows a capitalised word
// that is not a preposition or a sentence start, as "Minggu" does in
// "Pasar Minggu": then the weekday name is part of a name.
func inProperName(body string, i int) bool {
	j := i - 1
	if j < 0 || body[j] != ' ' {
		return false
	}
	k := j
	for k > 0 && isWordByte(body[k-1]) {
		k--
	}
	if k == j || body[k] < 'A' || body[k] > 'Z' {
		return false
	}
	switch strings.ToLower(body[k:j]) {
	case "hari", "pada", "sejak", "hingga", "sampai", "setiap", "tiap", "mulai", "jelang", "menjelang",
		"sebelum", "setelah", "sesudah", "selama", "akhir", "awal", "kemarin", "besok", "sabtu", "jumat", "kamis", "rabu", "selasa", "senin", "minggu":
		return false
	}
	// a capitalised word at the start of a sentence is no name
	p := k - 1
	for p >= 0 && body[p] == ' ' {
		p--
	}
	return p >= 0 && !strings.ContainsRune(".!?\n\"“(", rune(body[p]))
}
