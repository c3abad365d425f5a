/**
 * How Instagram's embed attribution begins in each language it is served in, lowercase, as it
 * stands before `Name (@handle)`. Add a language by adding its phrases here.
 *
 * @example
 * instagramSharedByPhrases.includes('a post shared by'); // true
 */
export const instagramSharedByPhrases: readonly string[] = [
  // en
  'a post shared by',
  'a photo shared by',
  'a video shared by',
  // en, the embed of 2013–2016: `A photo posted by Name (@handle) on Jul 14, 2015 at 4:00am PDT`
  'a photo posted by',
  'a video posted by',
  // de
  'ein beitrag geteilt von',
  // fr
  'une publication partagée par',
  // es
  'una publicación compartida de',
  'una publicación compartida por',
  // pt
  'uma publicação compartilhada por',
  'uma publicação partilhada por',
  // it
  'un post condiviso da',
  // nl
  'een bericht gedeeld door',
  // ca
  'una publicació compartida per',
  // sv
  'ett inlägg delat av',
  // da
  'et opslag delt af',
  // nb
  'et innlegg delt av',
  // pl
  'post udostępniony przez',
  // cs
  'příspěvek sdílený uživatelem',
  // ro
  'o postare distribuită de',
  // id
  'sebuah kiriman dibagikan oleh',
  // ru
  'публикация от',
  // uk
  'допис, поширений',
];

/**
 * The link text Instagram's newer embeds (v13+) place above the attribution, in the languages it
 * is served in, lowercase. It is widget chrome, not caption, so it is cut from flattened bodies.
 *
 * @example
 * instagramWidgetPhrases.includes('view this post on instagram'); // true
 */
export const instagramWidgetPhrases: readonly string[] = [
  'view this post on instagram',
  'view on instagram',
  'diesen beitrag auf instagram ansehen',
  'voir cette publication sur instagram',
  'ver esta publicación en instagram',
  'ver essa foto no instagram',
  'ver esta publicação no instagram',
  'visualizza questo post su instagram',
  'dit bericht op instagram bekijken',
  'visa det här inlägget på instagram',
  'se dette opslag på instagram',
  'vis dette innlegget på instagram',
  'wyświetl ten post na instagramie',
  'посмотреть эту публикацию в instagram',
];
