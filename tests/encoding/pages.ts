/** Invented pages for the encoding tests: a windows-1252 news page and a Japanese one, each with a tweet embed. */

/** A French page: accents, curly quotes, a dash and a euro sign (all in windows-1252, none in Latin-1's ASCII half). */
export function frenchPage(head: string): string {
  return `<!DOCTYPE html>
<html lang="fr"><head>${head}<title>Le marché de Noël de Vallenbourg</title></head>
<body><article>
<p>Le maire a salué l’ouverture du marché, qui a coûté 38 000 €.</p>
<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Le marché de Noël ouvre ses portes ce soir ! « Venez nombreux » — entrée libre, café offert. <a href="https://t.co/Qm8vTr2xLp">pic.twitter.com/Qm8vTr2xLp</a></p>&mdash; Hélène Marchetti (@HeleneMarchetti) <a href="https://twitter.com/HeleneMarchetti/status/1736812345678901234?ref_src=twsrc%5Etfw">18 décembre 2023</a></blockquote>
<p>La fête durera jusqu’au 24 décembre.</p>
</article></body></html>
`;
}

/** A Japanese page: kanji, kana and full-width punctuation, all in Shift_JIS. */
export function japanesePage(head: string): string {
  return `<!DOCTYPE html>
<html lang="ja"><head>${head}<title>港北市の花火大会</title></head>
<body><article>
<p>港北市は今年も夏の花火大会を開催すると発表した。</p>
<blockquote class="twitter-tweet" data-lang="ja"><p lang="ja" dir="ltr">今夜７時から港北川の河川敷で花火大会を開催します！　皆さまのお越しをお待ちしております。 <a href="https://t.co/Hn4bKw9ZsQ">pic.twitter.com/Hn4bKw9ZsQ</a></p>&mdash; 港北市役所 (@kohoku_city) <a href="https://twitter.com/kohoku_city/status/1686543210987654321?ref_src=twsrc%5Etfw">2023年8月2日</a></blockquote>
<p>会場周辺では交通規制が行われる。</p>
</article></body></html>
`;
}
