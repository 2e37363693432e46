package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/warta-news/warta"
)

// Spanish extents keep the article before an expression, as Spanish
// TimeML (TempEval-2) and HeidelTime do ("el martes", "la semana pasada",
// "el pasado 31 de enero"; recognise adds it), but leave out the
// preposition ("a las 15.00": "las 15.00"); they keep the deictic words
// ("este año") and the modifiers of a period ("principios de marzo de
// 2011"). Durations take no article ("los 30 años": "30 años").

const modES = `(?P<mod>principios|finales|mediados|comienzos|inicios|fines)`

// rulesES are the Spanish rule families.
func rulesES() []ruleSpec {
	return []ruleSpec{
		{name: "es-day-month", rank: 8, pattern: `\b(?:(?P<rel>pasado|próximo|proximo)\s+)?(?:(?P<wd>{WD_ES})\s*,?\s*)?(?:d[ií]a\s+)?(?P<d>\d{1,2})(?:º|°|o\b|ro\b)?(?:\s+de\s+|\s+|\s*-\s*)(?P<m>{MON_ES})(?:(?:\s+de(?:l)?\s+|\s*,\s*|\s+|\s*-\s*)(?:(?:año|ano)\s+)?(?P<y>\d{4})\b)?`,
			build: buildDayMonthES},
		{name: "es-month-day-year", rank: 8, pattern: `\b(?P<m>{FMON_ES})\s+(?P<d>\d{1,2})(?:º|°)?\s*(?:de|,)\s*(?P<y>\d{4})\b`,
			build: buildDayMonthES},
		{name: "es-month-that-year", rank: 7, pattern: `\b(?P<m>{FMON_ES})\s+(?:de(?:l)?\s+)?(?:ese|aquel|este|dicho)\s+(?:mismo\s+)?a[ñn]o\b|\b(?P<m2>{FMON_ES})\s+del\s+mismo\s+a[ñn]o\b`,
			build: func(m *match) *mention {
				mo := monthsES[m.g("m")+m.g("m2")]
				if mo == 0 {
					return nil
				}
				this := strings.Contains(m.lc[m.start():m.end()], "este")
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					switch {
					case this && c.known():
						return fmt.Sprintf("%04d-%02d", c.anchor.Year(), mo), ""
					case c.lastYear > 0:
						return fmt.Sprintf("%04d-%02d", c.lastYear, mo), "" // "en septiembre de ese año"
					}
					return monthYear(c, mo, ""), ""
				})
			}},
		{name: "es-weekday-day", rank: 7, pattern: `\b(?:(?P<rel>pasado|próximo|proximo)\s+)?(?P<wd>{WD_ES})\s*,?\s*(?:d[ií]a\s+)?(?P<d>\d{1,2})\b`,
			build: buildWeekdayDayES},
		{name: "es-numeric", rank: 8, pattern: `\b(?:(?P<wd>{WD_ES})\s*,?\s*)?(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?:(?P<sep2>[/.\-])(?P<y>\d{4}|\d{2}))?\b`,
			build: buildNumericES},
		{name: "es-month-year", rank: 7, pattern: `\b(?:` + modES + `\s+de\s+)?(?:mes\s+de\s+)?(?P<m>{FMON_ES})\s*(?:\s+de(?:l)?\s+|,\s*|\s+|-|/)(?:(?:año|ano)\s+)?(?P<y>{YEAR})\b`,
			build: func(m *match) *mention {
				mo := monthsES[m.g("m")]
				y, _ := strconv.Atoi(m.g("y"))
				if mo == 0 {
					return nil
				}
				v := fmt.Sprintf("%04d-%02d", y, mo)
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) { c.lastYear = y; return v, "" })
			}},
		{name: "es-month", rank: 5, pattern: `\b(?:` + modES + `\s+de\s+)?(?:(?P<pre>pasado|próximo|proximo)\s+)?(?:mes\s+de\s+)?(?P<m>{FMON_ES})\b(?:\s+(?P<rel>pasado|próximo|proximo|que\s+viene|de\s+este\s+a[ñn]o|del\s+a[ñn]o\s+pasado|del\s+a[ñn]o\s+que\s+viene|del\s+pr[óo]ximo\s+a[ñn]o|del\s+a[ñn]o\s+pr[óo]ximo)\b)?`,
			build: buildMonthES},
		{name: "es-year", rank: 4, pattern: `\b(?:` + modES + `\s+(?:de(?:l)?\s+)?)?(?:(?P<t>año|ano)\s+)?(?P<y>{YEAR})\b`,
			build: func(m *match) *mention {
				if notAYearES(m.after(16)) {
					return nil
				}
				return buildYear(m)
			}},
		{name: "es-decade", rank: 6, pattern: `\b(?:d[ée]cada\s+de\s+(?:los\s+)?|a[ñn]os\s+)(?P<d>(?:19|20)[1-9]0|[1-9]0|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b`,
			build: func(m *match) *mention {
				s := m.g("d")
				if w, ok := numbersES[s]; ok {
					s = strconv.Itoa(w)
				}
				d, _ := strconv.Atoi(s)
				if d < 100 {
					d += 1900 // "los años 20" in the news of our time is the 1920s
				}
				v := strconv.Itoa(d / 10)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "es-century", rank: 6, pattern: `\bsiglo\s+(?P<n>[xvi]+|\d{1,2})\b`,
			build: func(m *match) *mention {
				n := roman(m.g("n"))
				if n < 1 || n > 30 {
					return nil
				}
				v := fmt.Sprintf("%02d", n-1)
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "es-relative-day", rank: 6, pattern: `\b(?P<w>anteayer|antier|antes\s+de\s+ayer|pasado\s+ma[ñn]ana|ayer|hoy|anoche|ma[ñn]ana|esta\s+(?:ma[ñn]ana|tarde|noche|madrugada)|la\s+v[íi]spera|ese\s+(?:mismo\s+)?d[íi]a|el\s+mismo\s+d[íi]a|(?:al|el)\s+d[íi]a\s+siguiente)(?:\s+(?:por\s+la|en\s+la|a\s+la|de\s+la)\s+(?P<pod>` + podES + `))?`,
			build: buildRelativeDayES},
		{name: "es-weekday", rank: 5, pattern: `\b(?:(?P<pre>pasado|próximo|proximo)\s+)?(?P<wd>{WD_ES})(?:\s+(?P<rel>pasado|próximo|proximo|que\s+viene|anterior))?(?:\s+(?:por\s+la|en\s+la|de\s+la|a\s+la)\s+(?P<pod>` + podES + `)|\s+(?P<pod2>al\s+mediod[íi]a))?`,
			build: buildWeekdayES},
		{name: "es-unit-this", rank: 6, pattern: `\b(?:` + modES + `\s+(?:de(?:l)?\s+)?(?:(?:el|la)\s+)?)?(?P<pre>este|esta|pasado|pasada|próximo|próxima|proximo|proxima|presente)\s+(?P<u>a[ñn]o|mes|semana|trimestre|semestre|siglo|d[ée]cada|fin\s+de\s+semana)\b`,
			build: buildUnitDeicticES},
		{name: "es-unit-last", rank: 6, pattern: `\b(?:` + modES + `\s+(?:de(?:l)?\s+)?(?:(?:el|la)\s+)?)?(?P<u>a[ñn]o|mes|semana|trimestre|semestre|siglo|d[ée]cada|fin\s+de\s+semana)\s+(?P<post>pasad[oa]|próxim[oa]|proxim[oa]|que\s+viene|anterior|entrante|en\s+curso|actual)`,
			build: buildUnitDeicticES},
		{name: "es-weekend", rank: 5, pattern: `\bfin(?:es)?\s+de\s+semana\b`,
			build: func(m *match) *mention {
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.known() {
						return "XXXX-WXX-WE", FlagNoAnchor
					}
					a := c.anchor
					if c.tense < 0 && isoWeekday(a) < 6 {
						a = a.AddDate(0, 0, -7)
					}
					return format(a, precWeekend), ""
				})
			}},
		{name: "es-ago", rank: 7, pattern: `\b(?P<w>hace|dentro\s+de)\s+(?:(?P<n>{NUM_ES})\s+)?(?P<u>{UNIT_ES})\b`,
			build: func(m *match) *mention {
				n := -1
				if s := m.g("n"); s != "" {
					v, ok := number(s)
					if !ok || v > 1000 {
						return nil
					}
					n = v
				}
				u := unitsES[m.g("u")]
				if m.g("w") == "hace" && strings.HasSuffix(m.before(7), "desde ") {
					v := duration(n, u) // "desde hace tres años": for three years
					return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
				}
				dir := -1
				if m.g("w") != "hace" {
					dir = 1
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return relativeUnit(c, n, u, dir) })
			}},
		{name: "es-units-before-after", rank: 7, pattern: `\b(?P<n>{NUM_ES})\s+(?P<u>{UNIT_ES})\s+(?P<rel>atrás|atras|antes|después|despues|más\s+tarde|mas\s+tarde)`,
			build: func(m *match) *mention {
				n, ok := number(m.g("n"))
				if !ok || n > 1000 {
					return nil
				}
				u := unitsES[m.g("u")]
				rel := m.g("rel")
				dir := 1
				if strings.HasPrefix(rel, "atr") || rel == "antes" {
					dir = -1
				}
				fromLast := !strings.HasPrefix(rel, "atr")
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if fromLast && !c.last.IsZero() {
						saved := c.anchor
						c.anchor = c.last
						defer func() { c.anchor = saved }()
					}
					return relativeUnit(c, n, u, dir)
				})
			}},
		{name: "es-last-units", rank: 6, pattern: `\b(?:los|las)\s+(?:últim[oa]s|ultim[oa]s|próxim[oa]s|proxim[oa]s)\s+(?:(?P<n>{NUM_ES})\s+)?(?P<u>{UNIT_ES})\b`,
			build: func(m *match) *mention {
				n := -1
				if s := m.g("n"); s != "" {
					v, ok := number(s)
					if !ok || v > 1000 {
						return nil
					}
					n = v
				}
				v := duration(n, unitsES[m.g("u")])
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "es-duration", rank: 3, pattern: `\b(?P<n>{NUM_ES})\s+(?P<u>{UNIT_ES})\b`,
			build: buildDurationES},
		{name: "es-duration-vague", rank: 2, pattern: `\b(?:durante|por|desde\s+hace|tras)\s+(?P<u>horas|d[íi]as|semanas|meses|a[ñn]os|d[ée]cadas|siglos)\b`,
			build: func(m *match) *mention {
				v := duration(-1, unitsES[m.g("u")])
				m.idx[0] = m.pos("u")
				return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "es-time", rank: 7, pattern: `\b(?:las|la)\s+(?P<h>\d{1,2})(?:[.:,](?P<mi>\d{2}))?(?:\s*(?P<unit>horas|hrs?\.?|h)\b)?(?:\s*(?P<ap>[ap]\.?\s?m\b\.?))?(?:\s+(?:de\s+la|en\s+la|por\s+la)\s+(?P<pod>` + podES + `))?(?:\s*\(?(?P<z>gmt|utc|hora\s+local|hora\s+peninsular|hora\s+de\s+[a-z]+)\)?)?`,
			build: buildTimeES},
		{name: "es-clock", rank: 6, pattern: `\b(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:[.:]\d{2})?\s*(?:(?P<unit>horas|hrs?\.?|h)\b|(?P<ap>[ap]\.?\s?m\b\.?)|\(?(?P<z>gmt|utc|hora\s+local|hora\s+peninsular)\b\)?)`,
			build: buildTimeES},
		{name: "es-pod-of-weekday", rank: 8, pattern: `\b(?P<pod>madrugada|ma[ñn]ana|tarde|noche)\s+del?\s+(?:(?P<rel>pasado|próximo|proximo)\s+)?(?P<wd>{WD_ES})\b`,
			build: func(m *match) *mention {
				wd := weekdaysES[m.g("wd")]
				pod := partOfDayES(m.g("pod"))
				en := relES(m.g("rel"))
				// "la madrugada del viernes": the early hours of that Friday
				return m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					t, ok := time.Time{}, false
					if en == "" {
						t, ok = namedWeekday(c, wd)
					}
					if !ok {
						t, ok = weekdayValue(c, wd, en)
					}
					if !ok {
						return fmt.Sprintf("XXXX-WXX-%dT%s", wd, pod), FlagNoAnchor
					}
					c.day = t
					return format(t, precDay) + "T" + pod, ""
				})
			}},
		{name: "es-pod-of-date", rank: 9, pattern: `\b(?P<pod>madrugada|ma[ñn]ana|tarde|noche)\s+del?\s+(?P<d>\d{1,2})\s+de\s+(?P<m>{FMON_ES})(?:\s+de(?:l)?\s+(?P<y>\d{4}))?\b`,
			build: func(m *match) *mention {
				mt := buildDayMonthES(m)
				if mt == nil {
					return nil
				}
				pod := partOfDayES(m.g("pod"))
				resolve := mt.resolve
				mt.typ = warta.TimexTime
				mt.resolve = func(c *resolution) (string, string) {
					v, flag := resolve(c)
					if v == "" {
						return v, flag
					}
					return v + "T" + pod, flag
				}
				return mt
			}},
		{name: "es-pod", rank: 3, pattern: `\b(?:por|en|de|durante|a|hasta)\s+la\s+(?P<pod>madrugada|ma[ñn]ana|tarde|noche)\b`,
			build: func(m *match) *mention {
				if strings.HasPrefix(strings.TrimLeft(m.after(6), " "), "de") || strings.HasPrefix(strings.TrimLeft(m.after(6), " "), "del") {
					return nil // "la noche del lunes" is the rule above's
				}
				pod := partOfDayES(m.g("pod"))
				m.idx[0] = m.pos("pod") - len("la ") // the preposition is not part of it
				// "por la noche": that part of the day in focus
				return m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					base := c.focus()
					if base.IsZero() {
						return "XXXX-XX-XXT" + pod, FlagNoAnchor
					}
					return format(base, precDay) + "T" + pod, ""
				})
			}},
		{name: "es-last-night", rank: 7, pattern: `\bpasada\s+noche\b`,
			build: func(m *match) *mention {
				return m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					if !c.known() {
						return "XXXX-XX-XXTNI", FlagNoAnchor
					}
					t := c.anchor.AddDate(0, 0, -1)
					c.day = t
					return format(t, precDay) + "TNI", ""
				})
			}},
		{name: "es-season", rank: 5, pattern: `\b(?:(?P<pre>este|esta|pasado|pasada|próximo|próxima|proximo|proxima)\s+)?(?P<s>primavera|verano|invierno|oto[ñn]o)\b(?:\s+(?:(?P<post>pasado|pasada|próximo|próxima|proximo|proxima)\b|de(?:l)?\s+(?P<y>{YEAR})\b))?`,
			build: func(m *match) *mention {
				code := map[string]string{"primavera": "SP", "verano": "SU", "invierno": "WI", "otoño": "FA", "otono": "FA"}[m.g("s")]
				ys, rel := m.g("y"), m.g("pre")+m.g("post")
				if a := strings.TrimLeft(m.after(10), " "); strings.HasPrefix(a, "árabe") || strings.HasPrefix(a, "arabe") || m.capital(m.pos("s")) && ys == "" && rel == "" {
					return nil // "la primavera árabe", "Primavera de Praga": names
				}
				if ys == "" && rel == "" {
					switch esBefore(m) {
					case "la", "el", "en", "este", "esta", "durante", "hasta", "desde", "para":
					default:
						return nil
					}
				}
				dir := relDir(relES(rel))
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if ys != "" {
						return ys + "-" + code, ""
					}
					return season(c, code, dir)
				})
			}},
		{name: "es-noon", rank: 5, pattern: `\b(?:mediod[íi]a|medianoche)`,
			build: func(m *match) *mention {
				clock := "T12:00"
				if strings.HasPrefix(m.lc[m.start():], "medianoche") {
					clock = "T24:00"
				}
				mt := m.mention(warta.TimexTime, func(c *resolution) (string, string) {
					base := c.focus()
					return dayOrX(base) + clock, ""
				})
				mt.clock = true
				return mt
			}},
		{name: "es-refs", rank: 4, pattern: `\b(?:actualmente|ahora|en\s+la\s+actualidad|hoy\s+en\s+d[ií]a|recientemente|[úu]ltimamente|el\s+futuro|el\s+pasado|el\s+porvenir|por\s+el\s+momento|en\s+este\s+momento|de\s+momento|hasta\s+el\s+momento|pronto|estos\s+momentos|estos\s+d[íi]as)\b`,
			build: func(m *match) *mention {
				s := strings.Join(strings.Fields(m.lc[m.start():m.end()]), " ")
				v := "PRESENT_REF"
				switch {
				case s == "recientemente" || strings.HasSuffix(s, "ltimamente") || s == "el pasado":
					v = "PAST_REF"
				case s == "el futuro" || s == "el porvenir" || s == "pronto":
					v = "FUTURE_REF"
				}
				if s == "hasta el momento" {
					m.idx[0] += len("hasta ")
				}
				return m.mention(warta.TimexDate, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "es-set", rank: 6, pattern: `\b(?:cada|por|al|a\s+la)\s+(?:(?P<n>{NUM_ES})\s+)?(?P<u>segundo|minuto|hora|d[íi]a|semana|mes|a[ñn]o|trimestre|noche)\b`,
			build: func(m *match) *mention {
				if strings.HasPrefix(m.after(12), " siguiente") || strings.HasPrefix(m.after(4), " de ") && !strings.HasPrefix(m.lc[m.start():], "cada") {
					return nil // "al día siguiente", "al año de su muerte"
				}
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
				if u == "noche" {
					v = "XXXX-XX-XXTNI"
				} else {
					v = duration(n, unitsES[u])
				}
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "es-set-all", rank: 6, pattern: `\btod[oa]s\s+l[oa]s\s+(?P<u>d[íi]as|semanas|meses|a[ñn]os|noches|ma[ñn]anas|tardes|{WD_ES})\b`,
			build: buildSetES},
		{name: "es-set-weekday", rank: 6, pattern: `\b(?:cada|los)\s+(?P<u>{WD_ES})\b`,
			build: buildSetES},
		{name: "es-set-adverb", rank: 3, pattern: `\b(?P<a>diariamente|semanalmente|mensualmente|anualmente)\b`,
			build: func(m *match) *mention {
				v := map[string]string{"diariamente": "P1D", "semanalmente": "P1W", "mensualmente": "P1M", "anualmente": "P1Y"}[m.g("a")]
				return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
			}},
		{name: "es-quarter", rank: 7, pattern: `\b(?P<o>primer|primero|segundo|tercer|tercero|cuarto)\s+(?P<u>trimestre|semestre)\b(?:\s+(?:de(?:l)?\s+)?(?:(?:a[ñn]o|ejercicio)\s+)?(?P<y>{YEAR})\b|\s+(?:de(?:l)?\s+)?(?:(?:este|el)\s+)?a[ñn]o(?:\s+(?P<rel>pasado|anterior|próximo|proximo|que\s+viene))?\b)?`,
			build: func(m *match) *mention {
				n := map[string]int{"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4}[m.g("o")]
				half := m.g("u") == "semestre"
				if n == 0 || half && n > 2 {
					return nil
				}
				code := "Q"
				if half {
					code = "H"
				}
				ys := m.g("y")
				dir := 0
				switch m.g("rel") {
				case "pasado", "anterior":
					dir = -1
				case "":
				default:
					dir = 1
				}
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					switch {
					case ys != "":
						return fmt.Sprintf("%s-%s%d", ys, code, n), ""
					case !c.known():
						return fmt.Sprintf("XXXX-%s%d", code, n), FlagNoAnchor
					}
					return fmt.Sprintf("%04d-%s%d", c.anchor.Year()+dir, code, n), ""
				})
			}},
		{name: "es-holiday", rank: 5, pattern: `\b(?P<h>navidad|nochebuena|nochevieja|a[ñn]o\s+nuevo)\b(?:\s+(?:de\s+)?(?P<y>{YEAR})\b)?`,
			build: func(m *match) *mention {
				if !m.capital(m.pos("h")) {
					return nil
				}
				mo, d := 12, 25
				switch h := m.g("h"); {
				case h == "nochebuena":
					d = 24
				case h == "nochevieja":
					d = 31
				case strings.HasPrefix(h, "a"):
					mo, d = 1, 1
				}
				ys := m.g("y")
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
			}},
		{name: "es-day-of-month", rank: 3, pattern: `\b(?:(?P<rel>pasado|próximo|proximo)\s+)?d[íi]a\s+(?P<d>\d{1,2})\b`,
			build: func(m *match) *mention {
				d, _ := strconv.Atoi(m.g("d"))
				if d < 1 || d > 31 {
					return nil
				}
				dir := relDir(relES(m.g("rel")))
				return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
					if !c.known() {
						return fmt.Sprintf("XXXX-XX-%02d", d), FlagNoAnchor
					}
					t := date(c.anchor.Year(), int(c.anchor.Month()), d)
					if dir > 0 && t.Before(c.anchor) {
						t = date(c.anchor.Year(), int(c.anchor.Month())+1, d)
					} else if (dir < 0 || c.tense <= 0) && t.After(c.anchor.AddDate(0, 0, 3)) {
						t = date(c.anchor.Year(), int(c.anchor.Month())-1, d)
					}
					c.day = t
					return format(t, precDay), ""
				})
			}},
	}
}

// relES turns a Spanish deictic word into the English one relDir reads.
func relES(w string) string {
	w = strings.Join(strings.Fields(w), " ")
	switch {
	case w == "":
		return ""
	case strings.HasPrefix(w, "pasad"), w == "anterior", strings.HasPrefix(w, "últim"), strings.HasPrefix(w, "ultim"),
		strings.Contains(w, "año pasado"), strings.Contains(w, "ano pasado"):
		return "last"
	case strings.HasPrefix(w, "este"), strings.HasPrefix(w, "esta"), w == "presente", w == "en curso", w == "actual",
		strings.Contains(w, "este año"), strings.Contains(w, "este ano"):
		return "this"
	}
	return "next" // próximo, que viene, entrante, siguiente, del año que viene
}

// esBefore returns the last word before the match, lower-cased.
func esBefore(m *match) string {
	f := strings.Fields(m.before(16))
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], `"'«(`)
}

// midSentenceCapital reports whether the word at i is capitalised though
// it does not begin a sentence, a line or a quotation: Spanish writes day
// and month names in lower case, so such a word is part of a name ("Santo
// Domingo", "Plaza de Mayo").
func midSentenceCapital(m *match, i int) bool {
	if !m.capital(i) {
		return false
	}
	p := i - 1
	for p >= 0 && m.body[p] == ' ' {
		p--
	}
	return p >= 0 && !strings.ContainsRune(".!?\n\"“«(:-–—|*", rune(m.body[p]))
}

// buildDayMonthES handles "15 de marzo de 2011", "martes, 15 de marzo",
// "15 Mar.", "el pasado 15 de marzo".
func buildDayMonthES(m *match) *mention {
	mo := monthsES[strings.TrimSuffix(m.g("m"), ".")]
	d, _ := strconv.Atoi(m.g("d"))
	if mo == 0 || d < 1 || d > 31 {
		return nil
	}
	if name := m.g("m"); len(name) <= 3 && !m.capital(m.pos("m")) && strings.Contains(m.lc[m.pos("d"):m.pos("m")], "de") {
		return nil // "15 de mar": a lower-case abbreviation after "de" is a word
	}
	y, _ := strconv.Atoi(m.g("y"))
	wd := weekdaysES[m.g("wd")]
	rel := relDir(relES(m.g("rel")))
	mt := m.mention(warta.TimexDate, nil)
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
		c.day = t
		if y > 0 {
			c.lastYear = y
		}
		return format(t, precDay), flag
	}
	return mt
}

// buildWeekdayDayES handles "el martes 15", "el pasado lunes 14": a day of
// the month whose month is the one, near the anchor, where that day has
// that weekday.
func buildWeekdayDayES(m *match) *mention {
	wd := weekdaysES[m.g("wd")]
	d, _ := strconv.Atoi(m.g("d"))
	if wd == 0 || d < 1 || d > 31 {
		return nil
	}
	a := strings.TrimLeft(m.after(12), " ")
	if a != "" && (a[0] == ':' || a[0] == '.' && len(a) > 1 && a[1] >= '0' && a[1] <= '9') {
		return nil // a clock time
	}
	if f := strings.Fields(a); len(f) > 0 && isLetter(f[0][0]) {
		switch strings.Trim(f[0], ",.;") {
		case "de", "y", "a", "al", "en", "por", "el", "la", "del", "hasta", "cuando", "que", "se", "los", "las", "tras":
		default:
			return nil // "el lunes 15 personas murieron"
		}
	}
	dir := relDir(relES(m.g("rel")))
	mt := m.mention(warta.TimexDate, func(c *resolution) (string, string) {
		if !c.known() {
			return fmt.Sprintf("XXXX-XX-%02d", d), FlagNoAnchor
		}
		var best time.Time
		for _, k := range []int{0, -1, 1, -2, 2} {
			first := firstOfMonth(c.anchor).AddDate(0, k, 0)
			if !validDate(first.Year(), int(first.Month()), d) {
				continue
			}
			t := date(first.Year(), int(first.Month()), d)
			if isoWeekday(t) != wd || dir < 0 && t.After(c.anchor) || dir > 0 && t.Before(c.anchor) {
				continue
			}
			if best.IsZero() || absDays(t.Sub(c.anchor)) < absDays(best.Sub(c.anchor)) {
				best = t
			}
		}
		if best.IsZero() {
			return fmt.Sprintf("XXXX-XX-%02d", d), FlagWeekdayConflict
		}
		c.day = best
		return format(best, precDay), ""
	})
	mt.weekdayAnchored = true
	return mt
}

// absDays is the number of whole days in d, ignoring its sign.
func absDays(d time.Duration) int {
	n := int(d.Hours() / 24)
	if n < 0 {
		return -n
	}
	return n
}

// buildNumericES handles "15/03/2011", "10.05.2011", "viernes 25/02/2011"
// and, after a weekday, "martes 15/3": day first, month first only when
// the weekday proves it.
func buildNumericES(m *match) *mention {
	ys, sep, wdName := m.g("y"), m.g("sep"), m.g("wd")
	if ys == "" && (wdName == "" || sep != "/") {
		return nil
	}
	if ys != "" && m.g("sep2") != sep {
		return nil
	}
	if len(ys) == 2 && sep != "/" {
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
	wd := weekdaysES[wdName]
	readings := []dayReading{{m: b, d: a}, {m: a, d: b}}
	if wd == 0 {
		readings = readings[:1]
	}
	mt := m.mention(warta.TimexDate, nil)
	mt.weekdayAnchored = wd > 0
	mt.absolute = true
	mt.resolve = func(c *resolution) (string, string) {
		t, flag, ok := pickDay(c, readings, y, wd)
		if !ok {
			return "", ""
		}
		c.day = t
		return format(t, precDay), flag
	}
	return mt
}

// monthPrepsES are the words after which a bare month name is a date.
var monthPrepsES = map[string]bool{
	"en": true, "de": true, "desde": true, "hasta": true, "a": true, "para": true, "durante": true,
	"este": true, "entre": true, "y": true, "o": true, "finales": true, "principios": true,
	"mediados": true, "comienzos": true, "inicios": true, "fines": true, "pasado": true,
	"próximo": true, "proximo": true, "del": true, "tras": true, "antes": true,
}

// buildMonthES handles "en marzo", "el pasado marzo", "marzo pasado",
// "principios de marzo", "marzo del año pasado".
func buildMonthES(m *match) *mention {
	mo := monthsES[m.g("m")]
	if mo == 0 || midSentenceCapital(m, m.pos("m")) {
		return nil
	}
	rel := m.g("rel")
	if rel == "" {
		rel = m.g("pre")
	}
	if rel == "" && m.g("mod") == "" && !monthPrepsES[esBefore(m)] {
		return nil
	}
	if strings.HasPrefix(strings.TrimLeft(m.after(8), " "), "de ") && m.g("rel") == "" {
		// "marzo de 2011" is the month-year rule's; "mayo de las
		// protestas" stays a month
		if a := strings.TrimLeft(m.after(12), " "); len(a) > 3 && a[3] >= '0' && a[3] <= '9' {
			return nil
		}
	}
	yearOff, hasYear := 0, false
	switch r := strings.Join(strings.Fields(rel), " "); {
	case strings.Contains(r, "este"):
		hasYear = true
	case strings.Contains(r, "pasado") && strings.HasPrefix(r, "del"):
		yearOff, hasYear = -1, true
	case strings.HasPrefix(r, "del"):
		yearOff, hasYear = 1, true
	}
	en := relES(rel)
	return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
		if hasYear {
			if !c.known() {
				return fmt.Sprintf("XXXX-%02d", mo), FlagNoAnchor
			}
			return fmt.Sprintf("%04d-%02d", c.anchor.Year()+yearOff, mo), ""
		}
		return monthYear(c, mo, en), ""
	})
}

// notAYearES reports whether the words after a four-digit number make it
// an amount ("2011 personas", "1500 euros").
func notAYearES(after string) bool {
	a := strings.TrimLeft(after, " ")
	for _, u := range []string{"personas", "muertos", "heridos", "euros", "dólares", "dolares", "habitantes", "millones", "kilómetros", "kilometros", "km", "soldados", "civiles", "víctimas", "victimas", "metros", "toneladas", "refugiados", "casos", "detenidos", "manifestantes", "%", "por ciento"} {
		if strings.HasPrefix(a, u) {
			return true
		}
	}
	return false
}

// buildRelativeDayES handles hoy, ayer, mañana, anteayer, anoche, esta
// noche, la víspera, al día siguiente, ayer por la tarde.
func buildRelativeDayES(m *match) *mention {
	w := strings.Join(strings.Fields(m.g("w")), " ")
	if w == "mañana" || w == "manana" {
		switch esBefore(m) {
		case "la", "una", "esta", "esa", "cada", "misma", "toda", "media", "aquella", "buena", "de", "por", "cuya", "las", "mañana", "manana", "del":
			return nil // "por la mañana", "esta mañana": the morning
		}
	}
	off, pod, base := 0, "", "anchor"
	switch {
	case w == "anteayer" || w == "antier" || strings.HasPrefix(w, "antes"):
		off = -2
	case strings.HasPrefix(w, "pasado"):
		off = 2
	case w == "ayer":
		off = -1
	case w == "hoy":
	case w == "anoche":
		off, pod = -1, "NI"
	case w == "mañana" || w == "manana":
		off = 1
	case strings.HasPrefix(w, "esta "):
		pod = partOfDayES(strings.TrimPrefix(w, "esta "))
	case strings.HasPrefix(w, "la v"):
		off, base = -1, "last"
	case strings.HasSuffix(w, "siguiente"):
		off, base = 1, "only-last"
	default: // ese día, el mismo día
		base = "only-last"
	}
	if p := partOfDayES(m.g("pod")); p != "" {
		pod = p
	}
	typ := warta.TimexDate
	if pod != "" {
		typ = warta.TimexTime
	}
	return m.mention(typ, func(c *resolution) (string, string) {
		var t time.Time
		switch {
		case base != "anchor" && !c.last.IsZero():
			t = c.last.AddDate(0, 0, off)
		case base == "only-last":
			return "", ""
		case c.known():
			t = c.anchor.AddDate(0, 0, off)
		default:
			return withPart("XXXX-XX-XX", pod), FlagNoAnchor
		}
		return c.dayValue(t, pod), ""
	})
}

// buildWeekdayES handles "martes", "el pasado martes", "el lunes
// próximo", "el jueves por la noche".
func buildWeekdayES(m *match) *mention {
	wd := weekdaysES[m.g("wd")]
	if wd == 0 || m.g("pre") == "" && midSentenceCapital(m, m.pos("wd")) {
		return nil
	}
	rel := m.g("rel")
	if rel == "" {
		rel = m.g("pre")
	}
	en := relES(rel)
	pod := partOfDayES(m.g("pod"))
	if m.g("pod2") != "" {
		pod = "MI"
	}
	typ := warta.TimexDate
	if pod != "" {
		typ = warta.TimexTime
	}
	return m.mention(typ, func(c *resolution) (string, string) {
		t, ok := time.Time{}, false
		if en == "" {
			t, ok = namedWeekday(c, wd)
		}
		if !ok {
			t, ok = weekdayValue(c, wd, en)
		}
		if !ok {
			return withPart(fmt.Sprintf("XXXX-WXX-%d", wd), pod), FlagNoAnchor
		}
		return c.dayValue(t, pod), ""
	})
}

// buildUnitDeicticES handles "este año", "la semana pasada", "el mes que
// viene", "el próximo año", "finales del año pasado", "este fin de semana".
func buildUnitDeicticES(m *match) *mention {
	u := strings.Join(strings.Fields(m.g("u")), " ")
	dir := relDir(relES(m.g("pre") + m.g("post")))
	if u == "fin de semana" {
		return m.mention(warta.TimexDate, func(c *resolution) (string, string) {
			if !c.known() {
				return "XXXX-WXX-WE", FlagNoAnchor
			}
			a := c.anchor
			switch dir {
			case -1:
				a = a.AddDate(0, 0, -7)
			case 1:
				a = a.AddDate(0, 0, 7)
			}
			return format(a, precWeekend), ""
		})
	}
	unit := unitsES[strings.Replace(u, "ano", "año", 1)]
	if unit == "SEM" {
		return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return halfYear(c, dir) })
	}
	return m.mention(warta.TimexDate, func(c *resolution) (string, string) { return deictic(c, unit, dir) })
}

// durationPrepsES are the words after which "de N años" is a duration,
// not an age.
var durationPrepsES = map[string]bool{
	"después": true, "despues": true, "antes": true, "más": true, "mas": true, "menos": true,
	"cerca": true, "alrededor": true, "largo": true, "través": true, "traves": true, "período": true,
	"periodo": true, "pena": true, "condena": true, "prisión": true, "prision": true, "cárcel": true,
	"carcel": true, "plazo": true, "máximo": true, "maximo": true, "mínimo": true, "minimo": true,
	"lapso": true, "espacio": true, "tregua": true, "mandato": true, "gobierno": true,
}

// buildDurationES handles "tres días", "24 horas", "1,5 horas"; ages ("un
// niño de 11 años", "45 años de edad") are not durations.
func buildDurationES(m *match) *mention {
	u := unitsES[m.g("u")]
	if strings.HasPrefix(strings.TrimLeft(m.after(10), " "), "de edad") {
		return nil
	}
	f := strings.Fields(m.before(40))
	if len(f) >= 2 && f[len(f)-1] == "de" && !durationPrepsES[f[len(f)-2]] {
		return nil // "un niño de 11 años", "la guerra de seis días" are no durations
	}
	if len(f) >= 1 {
		switch f[len(f)-1] {
		case "tiene", "tenía", "tenia", "cumple", "cumplió", "cumplio", "cumplir", "edad":
			return nil
		case "los", "las":
			if len(f) >= 2 && f[len(f)-2] == "a" {
				return nil // "a los 21 años": at the age of 21
			}
		}
	}
	n, ok := number(m.g("n"))
	if !ok {
		if v := decimalDuration(m.g("n"), u); v != "" {
			return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
		}
		return nil
	}
	if n > 1000 {
		return nil
	}
	if n == 1 && (u == "D" || u == "Y") && m.g("n") != "1" {
		switch esBefore(m) {
		case "durante", "en", "tras", "por", "hace", "desde", "casi", "más", "mas", "menos", "medio":
		default:
			return nil // "un día" is most often "one day", some day
		}
	}
	v := duration(n, u)
	return m.mention(warta.TimexDuration, func(*resolution) (string, string) { return v, "" })
}

// buildTimeES handles "las 15.00 horas", "las 10 de la mañana", "la una",
// "15:30 GMT", "01:21 PM".
func buildTimeES(m *match) *mention {
	h, _ := strconv.Atoi(m.g("h"))
	mi := 0
	if s := m.g("mi"); s != "" {
		mi, _ = strconv.Atoi(s)
	}
	if h > 24 || mi > 59 {
		return nil
	}
	pod := partOfDayES(m.g("pod"))
	ap := m.g("ap")
	if m.g("mi") == "" && m.g("unit") == "" && pod == "" && ap == "" && m.g("z") == "" {
		// "las 10" alone is a time only after "a", "desde", "hasta" ... and
		// when no noun follows ("a las 10 víctimas" is not)
		switch esBefore(m) {
		case "a", "desde", "hasta", "hacia", "sobre", "entre":
		default:
			return nil
		}
		if a := strings.TrimLeft(m.after(4), " "); a != "" && isLetter(a[0]) && !strings.HasPrefix(a, "y ") {
			return nil
		}
	}
	if m.g("unit") != "" && m.g("mi") == "" && pod == "" {
		switch esBefore(m) {
		case "a", "desde", "hasta", "hacia", "sobre":
		default:
			if strings.HasPrefix(m.lc[m.start():], "la") {
				return nil // "las 24 horas del día"
			}
		}
	}
	switch {
	case ap != "" && ap[0] == 'p' && h < 12:
		h += 12
	case ap != "" && ap[0] == 'a' && h == 12:
		h = 0
	case pod == "AF" && h < 12, pod == "NI" && h < 12 && h >= 6:
		h += 12
	case pod == "MI" && h < 6:
		h += 12
	}
	if h == 24 {
		h = 0
	}
	zone := zoneOffset(m.g("z"))
	clock := fmt.Sprintf("T%02d:%02d", h, mi)
	mt := m.mention(warta.TimexTime, func(c *resolution) (string, string) {
		base := c.focus()
		return dayOrX(base) + clock + zone, ""
	})
	mt.clock = true
	return mt
}

// buildSetES handles "todos los días", "cada lunes", "los martes".
func buildSetES(m *match) *mention {
	u := m.g("u")
	v := ""
	if wd, ok := weekdaysES[u]; ok {
		v = fmt.Sprintf("XXXX-WXX-%d", wd)
	} else {
		switch {
		case strings.HasPrefix(u, "noche"):
			v = "XXXX-XX-XXTNI"
		case strings.HasPrefix(u, "ma"):
			v = "XXXX-XX-XXTMO"
		case strings.HasPrefix(u, "tarde"):
			v = "XXXX-XX-XXTAF"
		default:
			v = duration(1, unitsES[strings.TrimSuffix(strings.TrimSuffix(u, "s"), "e")])
			if strings.HasPrefix(u, "mes") {
				v = "P1M"
			}
		}
	}
	return m.mention(warta.TimexSet, func(*resolution) (string, string) { return v, "" })
}

var (
	futureCueES = regexp.MustCompile(`(?:\b(?:va|van|vamos|voy)\s+a\b|\bpr[óo]xim[oa]s?\b|\bprev[ée]n?\b|\bprevist[oa]s?\b|\bplanea[n]?\b|\bprogramad[oa]s?\b|\bdentro\s+de\b|\bdeber[áa]n?\b|\b[a-z]+r(?:á|án)(?:[^a-z\x80-\xff]|$))`)
	pastCueES   = regexp.MustCompile(`(?:\b(?:fue|fueron|era|eran|hab[íi]a|hab[íi]an|ha|han|hace|dijo|dijeron|pasad[oa]s?|anterior|ayer|anoche)\b|\b[a-z]+ó(?:[^a-z\x80-\xff]|$)|\b[a-z]+(?:aron|ieron)\b)`)
)
