/** Markup of one unit per site (a row, a post, a message), as the fixtures write it, for region tests. */
export const gmailRow = (email: string, name: string) =>
  `<tr class="zA yO"><td class="yX xY"><div class="yW"><span class="zF" email="${email}" name="${name}">${name}</span></div></td></tr>`;
export const outlookRow = (email: string, name: string) =>
  `<div role="option" data-convid="c-${name}"><div><span title="${email}">${name}</span></div></div>`;
export const fbPost = (href: string, name: string) =>
  `<div><div><h3><span><strong><a href="${href}" role="link">${name}</a></strong></span></h3><div dir="auto">A post</div></div></div>`;
export const liResult = (slug: string, name: string) =>
  `<li class="reusable-search__result-container"><div class="entity-result"><span class="entity-result__title-text"><a class="app-aware-link" href="https://www.linkedin.com/in/${slug}/"><span aria-hidden="true">${name}</span></a></span></div></li>`;
export const xPost = (handle: string, name: string) =>
  `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article"><div data-testid="User-Name"><div><a href="/${handle}" role="link"><div dir="ltr"><span><span>${name}</span></span></div></a></div><div><a href="/${handle}" role="link"><div dir="ltr"><span>@${handle}</span></div></a></div></div></article></div>`;
export const WA_GROUP = '120363000000000001@g.us';
export const waIncoming = (id: string, phone: string, name: string) =>
  `<div role="row"><div data-id="false_${WA_GROUP}_${id}_${phone.slice(1)}@c.us"><div class="message-in"><div class="_ahm_"><div class="_ahxj" role=""><span dir="auto" class="_ahxy">${name}</span></div></div><div class="copyable-text" data-pre-plain-text="[10:00, 14/03/2026] ${name}: "><span class="selectable-text">hi</span></div></div></div></div>`;
export const waOutgoing = (id: string, shown: string) =>
  `<div role="row"><div data-id="true_${WA_GROUP}_${id}_1@lid"><div class="message-out"><div class="copyable-text" data-pre-plain-text="[10:01, 14/03/2026] ${shown}: "><span class="selectable-text">mine</span></div></div></div></div>`;
