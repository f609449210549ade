/**
 * What news-site boilerplate looks like once a page is copied as text: menus and buttons, time
 * stamps, copyright lines, photo captions, ad and weather widgets, and the headings of sidebars
 * of other headlines. Source: the article pages of national and local Korean outlets (연합뉴스,
 * 뉴스1, 뉴시스, 서울신문, 아시아경제, 헤럴드경제, 한겨레 …) as their text is copied or scraped.
 */

/** Buttons and menu items, written without spaces; a line made only of these is residue. */
export const UI_WORDS: readonly string[] = [
  '본문바로가기', '주메뉴바로가기', '바로가기', '기사읽어주기', '읽어주기', '음성으로듣기', '오디오듣기', '듣기',
  '폰트확대', '폰트축소', '글자크기', '글씨크기', '글자크기변경', '확대', '축소', '가가', '가',
  '인쇄하기', '인쇄', '프린트', '공유하기', '기사공유', '공유', '스크랩', '북마크', '저장', '댓글',
  '좋아요', '싫어요', '추천', '페이스북', '트위터', '엑스', '카카오톡', '카카오스토리', '카카오', '밴드',
  '네이버블로그', '블로그', '링크복사', 'URL복사', 'URL', '복사', '이메일', '메일', '닫기', '목록',
  '이전기사', '다음기사', '이전', '다음', '구독하기', '기자구독', '구독', '무료구독', '로그인', '회원가입',
  '전체메뉴', '메뉴', '검색', '뉴스홈', '홈', '맨위로', '상단으로', 'TOP', '번역', '기사제보', '제보',
  '광고', 'AD', '기자', '팔로우', '입력', '수정', '|', '·', '/',
  // Blog and café pages a story is copied onto (`2024. 2. 19. 15:32 이웃추가`).
  '이웃추가', '서로이웃', '스크랩', '원문바로가기', '원문보기', '공감', '본문폰트',
];

/** Time stamps of publication (global: a line may hold several) (`입력2025.10.31 06:59`, `기사입력 2022-02-10 오후 3:12`). */
export const TIMESTAMP =
  /(?:(?:기사\s*)?(?:입력|수정|승인|등록|게재|발행|송고|업데이트|최종\s*수정)\s*[:：]?\s*)?\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?\s*(?:\([월화수목금토일]\))?\s*(?:(?:오전|오후|AM|PM)\s*)?(?:\d{1,2}\s*[:시]\s*\d{2}(?:\s*[:분]\s*\d{2})?\s*초?)?/g;

/** Copyright and reprint notices. */
export const COPYRIGHT = /ⓒ|©|\(c\)\s|copyright|all rights reserved|무단\s*전재|재배포\s*금지|저작권자|AI\s*학습\s*(?:및\s*)?활용\s*금지/i;

/** A photo caption's opening (`이미지 확대`, `사진 확대`, `[사진]`, `▲사진=`). */
export const CAPTION_START = /^(?:이미지\s*확대|사진\s*확대|크게\s*보기|\[\s*(?:사진|포토|그래픽|영상)\s*[\]=]|\(\s*(?:사진|그래픽)\s*[)=]|▲?\s*사진\s*[=:])/;

/**
 * A photo credit closing a caption (`… 서초구 제공`, `(사진=양천구 제공)`, `/연합뉴스`). The word
 * before `제공` must name an organisation (`…구`, `…청`, `…재단`, `…뉴스`), so a bullet such as
 * `▲돌봄 서비스 제공` is not taken for a caption.
 */
export const CAPTION_CREDIT =
  /(?:(?:^|[\s/(\[=])(?:[가-힣A-Za-z0-9·ㆍ]*(?:구|구청|시|시청|청|부|처|공단|공사|재단|협회|위원회|센터|병원|학교|대학|뉴스|일보|신문|DB)|사진|자료|그래픽|영상)\s*제공|(?:사진|그래픽|자료|영상)\s*(?:제공\s*)?[=:]\s*[^)\]]{1,25}|\/\s*(?:연합뉴스|뉴스1|뉴시스)|\bAP\b|\bAFP\b)\s*[)\]]?\s*$/;

/** Ad and weather widgets. */
export const WIDGET = /^(?:광고|AD|Advertisement|Sponsored|스폰서|프리미엄\s*광고)\b|[0-9.]+\s*(?:℃|°C)|^(?:오늘의\s*)?날씨\b|미세먼지\s*(?:좋음|보통|나쁨)/i;

/**
 * Headings of boxes of other articles (`관련기사`, `많이 본 뉴스`): what follows them is a list of
 * headlines, not this article.
 */
// (`[아주경제 많이 본 기사]`: the outlet's name may open a bracketed heading; a page's own section list,
// `자치뉴스 최신기사`, is the page. `서울& 다른 기사`, `금천구청의 다른 보도자료`, `정부/공공 인기 보도자료`:
// the outlet's or the sender's other pieces; `오늘의 핫 클릭`.)
export const SIDEBAR_HEADING =
  /^\[[가-힣A-Za-z0-9]{2,10}\s(?:많이\s*본|인기|관련|추천)\s*(?:뉴스|기사)\]$|^[가-힣A-Za-z0-9&/·]{2,10}(?:\s[가-힣A-Za-z0-9&/·]{1,10})?\s(?:다른\s*(?:기사|뉴스|보도자료)|인기\s*보도자료)$|^(?:[■□▶▷◆◇●○\[【<]\s*)?(?:관련\s*(?:기사|뉴스)|많이\s*본\s*(?:뉴스|기사)|가장\s*많이\s*본|인기\s*(?:기사|뉴스)|최신\s*(?:기사|뉴스)|주요\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|오늘의\s*(?:주요\s*)?(?:뉴스|기사|핫이슈|핫\s*클릭)|핫\s*클릭|실시간\s*(?:뉴스|기사|인기)|이\s*시각\s*(?:뉴스|주요\s*뉴스|인기)|포토\s*(?:뉴스|갤러리)|핫\s*이슈|HOT\s*NEWS|(?:이\s*)?기자의\s*다른\s*기사|이\s*기사와\s*함께\s*본\s*기사|함께\s*(?:보면\s*좋은|볼\s*만한)\s*(?:기사|뉴스)|많이\s*읽은\s*기사|랭킹\s*뉴스|헤드라인|에디터\s*추천|섹션\s*(?:주요|인기)\s*뉴스|(?:이\s*)?블로그\s*(?:인기\s*글|인기글|다른\s*글)|카테고리\s*(?:다른\s*글|인기\s*글))(?:\s*[\]】>])?\s*(?:더\s*보기|더보기|\+|>)?$/i;
