#!/usr/bin/env node
// `npm run eval`: scores the text reader on the dev text corpus by grouped cross-validation (ten
// folds grouped by site; the boundary model of each fold is trained without the fold's sites,
// HTML pages included), and prints the cross-validated score beside the in-sample one (model
// trained on everything) and the hand-written rules alone. Deterministic.
//
//   node scripts/eval-boundary-model.mjs [--verbose]
import { loadReader } from './boundary/load-reader.mjs';
import { htmlDocuments, siteFolds, textDocuments } from './boundary/corpus.mjs';
import { documentExamples } from './boundary/examples.mjs';
import { trainLogistic } from './boundary/logistic.mjs';
import { LABELLED, addDoc, matchDoc, newTotals, normPlatform, stripUrls, summarise } from './boundary/scoring.mjs';

const verbose = process.argv.includes('--verbose');
const reader = await loadReader();
const texts = textDocuments();
const pages = htmlDocuments();
const folds = siteFolds(texts);
const examplesOf = new Map([...texts, ...pages].map((doc) => [doc, documentExamples(reader, doc)]));

function records(doc, model) {
  const { embeds } = reader.extractTextEmbeds(doc.text, reader.unlimitedRecords, { model });
  return embeds.filter((p) => LABELLED.has(normPlatform(p.platform ?? '')));
}

function score(docs, modelOf, label) {
  const totals = newTotals();
  for (const doc of docs) {
    const pred = records(doc, modelOf(doc));
    addDoc(totals, doc.gold, pred);
    if (verbose && label === 'cv') {
      const { matched, missed, extra } = matchDoc(doc.gold, pred);
      for (const [g, p] of matched)
        if (g.text != null && stripUrls(g.text) !== stripUrls(p.text))
          console.log(`${doc.name}: text want ${JSON.stringify(g.text)} got ${JSON.stringify(p.text)}`);
      for (const g of missed) console.log(`${doc.name}: missed @${g.handle} ${JSON.stringify((g.text ?? '').slice(0, 60))}`);
      for (const p of extra) console.log(`${doc.name}: extra @${p.author?.handle} ${JSON.stringify((p.text ?? '').slice(0, 60))}`);
    }
  }
  return summarise(totals);
}

const train = (docs) =>
  trainLogistic(
    docs.flatMap((doc) => examplesOf.get(doc)),
    { prior: reader.handRulesModel },
  );
const foldModels = new Map();
for (let fold = 0; fold < 10; fold++) {
  const held = new Set([...folds].filter(([, f]) => f === fold).map(([site]) => site));
  foldModels.set(fold, train([...texts, ...pages].filter((doc) => !held.has(doc.site))));
}
const allModel = train([...texts, ...pages]);
const rows = [
  ['hand rules only', score(texts, () => reader.handRulesModel, 'hand')],
  ['shipped weights (in-sample)', score(texts, () => reader.boundaryModel, 'shipped')],
  ['retrained, in-sample', score(texts, () => allModel, 'in')],
  ['retrained, 10-fold CV by site', score(texts, (doc) => foldModels.get(folds.get(doc.site)), 'cv')],
];
const examples = [...examplesOf.values()].reduce((n, list) => n + list.length, 0);
console.log(
  `dev text: ${texts.length} documents, ${new Set(texts.map((d) => d.site)).size} sites, ${texts.reduce((n, d) => n + d.gold.length, 0)} posts; training examples ${examples} (HTML pages: ${pages.length})`,
);
console.log(`${'model'.padEnd(30)} F1     text_exact  text_90  fields  precision recall`);
for (const [name, s] of rows) {
  console.log(
    `${name.padEnd(30)} ${s.f1.toFixed(3)}  ${s.accs.text_exact.toFixed(3)}       ${s.accs.text_90.toFixed(3)}    ${s.fields.toFixed(3)}   ${s.precision.toFixed(3)}     ${s.recall.toFixed(3)}`,
  );
}
