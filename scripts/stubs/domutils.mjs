// Build-time stand-in for `domutils` inside the bundled htmlparser2 (see tsup.config.ts).
// htmlparser2's index imports domutils only for parseFeed and its DomUtils re-export, which
// embedsift never calls; the real package would bring dom-serializer and a second copy of the
// entities tables (about 25 KB gzipped) into every browser bundle of the parse path.
export function getFeed() {
  return null;
}
