// Labelled examples for the boundary model: the text reader walks up from each signature (with
// the hand-written rules deciding), its trace lists the paragraphs above with their features, and
// the labels say how many of them the labelled post body holds.
import { LABELLED, matchDoc, normPlatform, similarity, stripUrls } from './scoring.mjs';

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * The examples of one document: `[{ features, label }]` (1: the paragraph belongs to the post),
 * for each post the reader found and the labels hold, the paragraphs it holds and the first one
 * above them that it does not.
 */
export function documentExamples(reader, doc) {
  const traces = new Map();
  const { embeds } = reader.extractTextEmbeds(doc.text, reader.unlimitedRecords, { model: reader.handRulesModel, traces });
  const pred = embeds.filter((p) => LABELLED.has(normPlatform(p.platform ?? '')));
  const sorted = [...traces.values()].sort((a, b) => a.signatureStart - b.signatureStart);
  const examples = [];
  for (const [gold, record] of matchDoc(doc.gold, pred).matched) {
    if (gold.text == null) continue;
    const trace = sorted.find((t) => t.signatureStart >= record.source.start && t.signatureStart <= record.source.end);
    if (trace === undefined) continue;
    const holds = paragraphsHeld(doc.text, trace, record, stripUrls(gold.text));
    if (holds === null) continue;
    trace.candidates.forEach((candidate, index) => {
      if (index < holds) examples.push({ features: candidate.features, label: 1 });
      else if (index === holds) examples.push({ features: candidate.features, label: 0 });
    });
  }
  return examples;
}

/** How many candidates the labelled body holds: the count whose text comes closest to it (null when none is close). */
function paragraphsHeld(text, trace, record, want) {
  const continuation = record.source.end > trace.signatureEnd ? ` ${text.slice(trace.signatureEnd, record.source.end)}` : '';
  const options = [trace.bodyStart, ...trace.candidates.map((c) => c.start)];
  const texts = options.map((start) => stripUrls(collapse(`${text.slice(start, trace.signatureStart)}${continuation}`)));
  const exact = texts.indexOf(want);
  if (exact >= 0) return exact;
  let best = -1;
  let bestScore = 0.8;
  texts.forEach((got, index) => {
    const score = similarity(got, want);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best < 0 ? null : best;
}
