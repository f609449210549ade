/**
 * News outlets by the e-mail domain their reporters sign with (`홍혜정 기자 jukebox@seoul.co.kr`),
 * so a byline that names no outlet still yields one. Source: the outlets' own sites and staff
 * addresses as printed under their articles. A domain not listed here yields no outlet.
 */
export const OUTLET_BY_EMAIL_DOMAIN: Readonly<Record<string, string>> = {
  'asiae.co.kr': '아시아경제',
  'heraldcorp.com': '헤럴드경제',
  'yna.co.kr': '연합뉴스',
  'yonhapnews.co.kr': '연합뉴스',
  'news1.kr': '뉴스1',
  'newsis.com': '뉴시스',
  'seoul.co.kr': '서울신문',
  'chosun.com': '조선일보',
  'joongang.co.kr': '중앙일보',
  'donga.com': '동아일보',
  'hani.co.kr': '한겨레',
  'khan.co.kr': '경향신문',
  'kyunghyang.com': '경향신문',
  'kmib.co.kr': '국민일보',
  'segye.com': '세계일보',
  'hankookilbo.com': '한국일보',
  // 한국일보's addresses before hankookilbo.com (reporters signed @hk.co.kr until the 2010s).
  'hk.co.kr': '한국일보',
  'hankooki.com': '한국일보',
  'munhwa.com': '문화일보',
  'hankyung.com': '한국경제',
  'mk.co.kr': '매일경제',
  'sedaily.com': '서울경제',
  'edaily.co.kr': '이데일리',
  'mt.co.kr': '머니투데이',
  'fnnews.com': '파이낸셜뉴스',
  'etoday.co.kr': '이투데이',
  'ajunews.com': '아주경제',
  'nocutnews.co.kr': '노컷뉴스',
  'ohmynews.com': '오마이뉴스',
  'pressian.com': '프레시안',
  'dailian.co.kr': '데일리안',
  'newspim.com': '뉴스핌',
  'kyeongin.com': '경인일보',
  'ytn.co.kr': 'YTN',
  'moneys.co.kr': '머니S',
  'chosunbiz.com': '조선비즈',
  'weekly.chosun.com': '주간조선',
  'tf.co.kr': '더팩트',
  'viva100.com': '브릿지경제',
  'newsfreezone.co.kr': '뉴스프리존',
  'seoulfn.com': '서울파이낸스',
  'asiatoday.co.kr': '아시아투데이',
  'kbs.co.kr': 'KBS',
  'sbs.co.kr': 'SBS',
  'imbc.com': 'MBC',
  'mbn.co.kr': 'MBN',
  'jtbc.co.kr': 'JTBC',
  'localsegye.co.kr': '로컬세계',
  'siminilbo.co.kr': '시민일보',
  'newsway.co.kr': '뉴스웨이',
  'enewstoday.co.kr': '이뉴스투데이',
  'breaknews.com': '브레이크뉴스',
  'wikitree.co.kr': '위키트리',
  'sisajournal.com': '시사저널',
  'kukinews.com': '쿠키뉴스',
  'newdaily.co.kr': '뉴데일리',
  'inews24.com': '아이뉴스24',
  'ichannela.com': '채널A',
  'mediatoday.co.kr': '미디어오늘',
  // Regional dailies, trade and online outlets that cover the districts.
  'imaeil.com': '매일신문',
  'kyeonggi.com': '경기일보',
  'kwnews.co.kr': '강원일보',
  'busan.com': '부산일보',
  'kookje.co.kr': '국제신문',
  'naeil.com': '내일신문',
  'etnews.com': '전자신문',
  'dt.co.kr': '디지털타임스',
  'wowtv.co.kr': '한국경제TV',
  'sentv.co.kr': '서울경제TV',
  'mtn.co.kr': '머니투데이방송',
  'tvchosun.com': 'TV조선',
  'cbs.co.kr': 'CBS',
  'metroseoul.co.kr': '메트로신문',
  'newstomato.com': '뉴스토마토',
  'nspna.com': 'NSP통신',
  'ekn.kr': '에너지경제',
  'seoulwire.com': '서울와이어',
  'veritas-a.com': '베리타스알파',
  'dnews.co.kr': '대한경제',
  'hkbs.co.kr': '환경일보',
  'sisain.co.kr': '시사IN',
  'zdnet.co.kr': '지디넷코리아',
};

/**
 * Regions an outlet's desk is named after inside a byline (`[브레이크뉴스 서울=…]`, `[뉴스핌 경기=…]`):
 * the 17 시·도 as news abbreviates them. Source: 행정안전부 행정구역 현황.
 */
export const DESK_REGIONS: readonly string[] = [
  '서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남',
  '경북', '경남', '제주',
];

/**
 * Endings of outlet names (`…일보`, `…경제`, `뉴스1`): a bracket such as `[파이낸셜뉴스]` opening an
 * article is an outlet only when its text ends so. Source: the names in the table above and the
 * national outlets registered with 한국언론진흥재단.
 */
export const OUTLET_NAME_ENDING = /(?:일보|신문|경제|뉴스|뉴스1|뉴시스|투데이|타임즈|타임스|데일리|미디어|방송|통신|저널|포스트|TV|YTN|KBS|MBC|SBS|JTBC|MBN|헤럴드|리포트|프레시안|데일리안|머니S)$/;

/**
 * Broadcasters, whose reporters sign off a report by voice (`YTN 백승민입니다`,
 * `KBS 뉴스 홍길동입니다`) instead of a printed byline.
 */
export const BROADCASTERS: readonly string[] = [
  'YTN', 'KBS', 'MBC', 'SBS', 'JTBC', 'MBN', 'TV조선', '채널A', '연합뉴스TV', 'OBS', 'CBS', 'EBS', 'tbs', 'TBS',
  // Cable operators' local news (`딜라이브 뉴스 신유경입니다.`).
  '딜라이브', 'LG헬로비전', '헬로tv', 'SK브로드밴드', 'HCN', 'CMB', '티브로드',
];

/**
 * Outlets as their copyright lines write them in Latin letters (`Copyright © OhmyNews All rights reserved.`),
 * matched without case.
 */
export const OUTLET_BY_LATIN_NAME: Readonly<Record<string, string>> = {
  ohmynews: '오마이뉴스', yonhap: '연합뉴스', newsis: '뉴시스', news1: '뉴스1', edaily: '이데일리', hankyoreh: '한겨레',
  kyunghyang: '경향신문', donga: '동아일보', joongang: '중앙일보', chosun: '조선일보', hankookilbo: '한국일보',
};
