package timex

import (
	"regexp"
	"strings"
	"sync"
)

// ruleSpec is a rule before compilation: its pattern uses placeholders
// ({MON}, {WD}, {NUM} ...) that the language's lexicon fills in.
type ruleSpec struct {
	name    string
	pattern string
	rank    int
	build   func(m *match) *mention
}

func placeholders() *strings.Replacer {
	return strings.NewReplacer(
		"{MON_ID}", monthAlternation(monthsID, fullMonthsID),
		"{FMON_ID}", alternation(fullMonthsID),
		"{WD_ID}", alternation(keys(weekdaysID)),
		"{UNIT_ID}", alternation(keys(unitsID)),
		"{MON_EN}", monthAlternation(monthsEN, fullMonthsEN),
		"{FMON_EN}", alternation(fullMonthsEN),
		"{WD_EN}", alternation(keys(weekdaysEN)),
		"{UNIT_EN}", alternation(keys(unitsEN)),
		"{MON_ES}", monthAlternation(monthsES, fullMonthsES),
		"{FMON_ES}", alternation(fullMonthsES),
		"{WD_ES}", alternation(keys(weekdaysES)),
		"{UNIT_ES}", alternation(keys(unitsES)),
		"{NUM_ES}", numberWordsES,
		"{NUM}", numberWordsRE,
		"{YEAR}", `(?:1[5-9]\d\d|20\d\d)`,
	)
}

func compile(specs []ruleSpec) []rule {
	rp := placeholders()
	out := make([]rule, len(specs))
	for i, s := range specs {
		// Rules are tried only where a word starts (see recognise), so
		// each is anchored: a failed attempt costs a few bytes, not a scan.
		pattern := `^(?:` + rp.Replace(s.pattern) + `)`
		out[i] = rule{name: s.name, re: regexp.MustCompile(pattern), first: firstBytes(pattern), rank: s.rank, build: s.build}
	}
	return out
}

var (
	idRules   = sync.OnceValue(func() *ruleSet { return newRuleSet(compile(append(rulesID(), rulesShared()...))) })
	enRules   = sync.OnceValue(func() *ruleSet { return newRuleSet(compile(append(rulesEN(), rulesShared()...))) })
	esRules   = sync.OnceValue(func() *ruleSet { return newRuleSet(compile(append(rulesES(), rulesShared()...))) })
	bothRules = sync.OnceValue(func() *ruleSet {
		return newRuleSet(compile(append(append(rulesID(), rulesEN()...), rulesShared()...)))
	})
)

// rulesFor returns the compiled rules for a language: "id", "en", "es", or
// Indonesian and English for anything else.
func rulesFor(lang string) *ruleSet {
	switch strings.ToLower(lang) {
	case "id", "ms", "ind", "indonesian":
		return idRules()
	case "en", "eng", "english":
		return enRules()
	case "es", "spa", "spanish":
		return esRules()
	}
	return bothRules()
}

// monthAlternation matches a month name, or an abbreviation with an
// optional dot (a dot after a full name ends the sentence instead).
func monthAlternation(all map[string]int, full []string) string {
	isFull := map[string]bool{}
	for _, f := range full {
		isFull[f] = f != "sept"
	}
	var abbr []string
	for k := range all {
		if !isFull[k] {
			abbr = append(abbr, k)
		}
	}
	var names []string
	for k, ok := range isFull {
		if ok {
			names = append(names, k)
		}
	}
	return `(?:` + alternation(names) + `\b|` + alternation(abbr) + `\b\.?)`
}

// isSpanish reports whether lang names Spanish.
func isSpanish(lang string) bool {
	switch strings.ToLower(lang) {
	case "es", "spa", "spanish":
		return true
	}
	return false
}
