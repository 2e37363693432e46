package dedup

// NearThreshold is the estimated Jaccard similarity of word 5-shingles at
// which two bodies are near copies. An article with a paragraph added to
// or cut from another, or with a few words edited per paragraph, stays
// above it (adding a third to a text gives 0.75; an edit every fifteen
// words about 0.5); two reports of one event by different reporters share
// almost no five-word run and stay below 0.1.
const NearThreshold = 0.5
