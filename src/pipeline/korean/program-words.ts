/**
 * Word tables for finding initiative (사업·정책·시설·행사) names in Korean news. Each table is the
 * one place its fact lives; the extractors in `../extract/program-*.ts` only read them.
 * Source: the head nouns and labels Korean district press releases and their news rewrites use
 * (보도자료 style: `…센터 개관`, `…축제 개최`, `…조례 제정`, `‘…’ 사업`), the grammar of Korean
 * noun phrases (a name ends in its head noun; 조사 and 어미 mark where it starts), and the
 * vocabulary of 지방자치단체 평가 and 수상 reports for what is a label rather than a name.
 */

/**
 * Head nouns that make a bare phrase a name when something specific stands before them
 * (`망원 청년창업센터`, `관악강감찬축제`). Matched at the end of a word.
 */
export const STRONG_HEADS: readonly string[] = [
  '센터', '축제', '조례', '플랫폼', '프로젝트', '캠페인', '박람회', '아카데미', '지원단', '페스티벌',
  '쉼터', '멘토링', '문화제', '한마당', '경진대회', '공모전', '챌린지', '콘서트', '학교', '네트워크',
  '박물관', '도서관', '놀이터', '카페', '학당', '스쿨', '캠프', '마켓', '장터', '투어', '정원', '라운지',
  '영화제', '예술제', '음악제', '봉사단', '서포터즈', '순찰대', '기자단', '체험관', '전시관', '지킴이단', '문화관',
  '배움터', '나눔터',
  // Facilities, markets, hubs and feasts named by districts (`…생태학습관`, `…민주주의교육관`, `…야시장`,
  // `…창업 허브`).
  '학습관', '기념관', '교육관', '야시장', '허브', '잔치', '돌봄단', '캠핑장', '페스타',
  // Control rooms and helper corps districts set up and name (`…재난안전상황실`, `…안전 도우미`).
  '상황실', '도우미', '이웃단',
  // Night tours, special zones, certification and permit schemes, watchdogs and corps
  // (`정동야행`, `…규제자유특구`, `…노포 인증제`, `거리가게 허가제`, `청렴옴부즈만`, `마을방역단`).
  '야행', '특구', '인증제', '허가제', '실명제', '옴부즈만', '방역단', '순찰단',
  // Parks, water playgrounds and funds a district runs (`능동 어린이교통공원`, `성내천 물놀이장`,
  // `도시농업 육성기금`).
  '공원', '물놀이장', '기금',
  // Shared kitchens and social dining (`신림 청년 공유부엌`, `1인가구 소셜다이닝`).
  '부엌', '소셜다이닝',
  // Alert services and schemes and shared meals (`공약 이행 알리미`, `민원 처리 알림제`, `영등포 동행 밥상`).
  '알리미', '알림제', '밥상',
  // Point schemes that reward residents (`자원순환 포인트제`, `봉사 포인트제`), and the streets a
  // district designates and promotes (`…음식문화거리`, `…카페 특화거리`).
  '포인트제', '문화거리', '특화거리',
  // More schemes (`청렴 마일리지제`, `감독관 추첨제`, `민원 처리 예고제`), rooms a neighbourhood shares
  // (`…엄마품 공부방`, `면목동 마을사랑방`) and named days (`마곡 일자리 매칭데이`, `동대문 책 읽는 가족데이`;
  // one word, `가족데이` is a kind, see isCommonCompound). (Not trails: `경의선숲길`,
  // `북한산 둘레길` are places the news walks through far more often than initiatives.)
  '마일리지제', '추첨제', '예고제', '책임제', '이력제', '공부방', '사랑방', '데이',
  // Service and watchdog schemes a district runs (`고시촌 야간민원제`, `…계약 옴부즈만제`, `골목 담당제`).
  '민원제', '옴부즈만제', '담당제', '전담제',
  // Sharing and residents' reporting schemes (`거주자 우선주차구역 공유제`, `우리동네 위험시설 주민신고제`), corps
  // that watch, mentor, help, promote or take part (`봄철 산불감시단`, `…학습멘토단`, `…관광안내 도우미단`,
  // `중랑 청년정책 참여단`) and hubs
  // (`신길 청년창업 스테이션`).
  '공유제', '주민신고제', '감시단', '멘토단', '도우미단', '홍보단', '참여단', '스테이션',
  // Counselling rooms, workshops, care rooms and shades a district sets up (`청년 마음건강 상담소`,
  // `관악 청년 공유공방`, `중랑 꿈마루 돌봄터`, `영등포 스마트 그늘막`) and shared schemes (`강남 주차 나눔제`).
  '상담소', '공방', '돌봄터', '그늘막', '나눔제',
  // Concerts, colleges for residents and start-up incubators a district runs (`…골목길 음악회`,
  // `을지로 상인대학`, `…청년공방 인큐베이터`); a university is `…대학교` (SCHOOL_NAME).
  '음악회', '대학', '인큐베이터',
  // Residents' watch corps and food banks a district names (`성동 안부지킴이`, `강북 등굣길 안전지킴이`,
  // `도봉 나눔곳간`). (Not `창구`: `돌봄 상담 창구`, `건강 관리 창구` are what an office is, far more often
  // than a district's named counter.)
  '지킴이', '곳간',
  // Shared houses a district runs for young people or elders (`관악 두레하우스`, `셰어하우스`).
  '하우스',
  // Booking and jury schemes (`전입신고 온라인 예약제`, `주민 배심원제`) and online rooms residents take part in
  // (`사이버 구정참여방`); `사전 예약제` is how any venue takes bookings (GENERIC_NAMES). (Not `민원실`: `여권 민원실`,
  // `임시 민원실` are what an office has far more often than a district's named one.)
  '예약제', '배심원제', '참여방',
];

/**
 * Head nouns so common as plain words (`시스템을 구축`, `사업이 반영`) that a bare phrase needs a
 * stronger sign (a district prefix, digits, latin letters, brackets, or several specific words).
 */
export const WEAK_HEADS: readonly string[] = [
  '사업', '정책', '시스템', '서비스', '프로그램', '대회', '교실', '강좌', '과정', '사업단', '지원사업',
  // Local vouchers and regulatory exceptions (`성북사랑 모바일 상품권`, `고시원 리모델링 규제 특례`), and
  // agreements a district signs with another (`탄천 공동 생태관리 협약`).
  '상품권', '특례', '협약',
  // Taxis, kits and fridges a district names and hands out (`은평 효도택시`, `마포 청년 밥심키트`,
  // `‘…희망나눔 냉장고’`); `법인택시` is only a thing. (Not `앱`: `스마트폰 달리기 앱` and `배달앱` are
  // far more common in the news than a district's own app, which is quoted.)
  '택시', '키트', '냉장고',
  // Care and call services and maps a district names (`은평형 치매 케어`, `강동 돌봄콜`, `구로 여성 안심
  // 지도`); alone they are kinds (`복약 지도`). (Not `버스`: `심야 임시버스`, `올빼미버스` are the city's or
  // any operator's far more often than a district's own.)
  '케어', '콜', '지도',
];

/** All head nouns, longest first, for matching at the end of a word. */
export const HEADS: readonly string[] = [...STRONG_HEADS, ...WEAK_HEADS].sort((a, b) => b.length - a.length);

/**
 * Nouns that say what kind of thing the next name is (`공공데이터 플랫폼 한눈지도`, `리빙랩인
 * ‘마포주민마루’`, `교육안전망 ‘…’`): a word ending in one of them before a name is a descriptor.
 */
export const CATEGORY_NOUNS: readonly string[] = [
  ...HEADS, '리빙랩', '거버넌스', '안전망', '협의체', '브랜드', '앱', '애플리케이션', '어플', '챗봇', '로봇',
  '키오스크', '정류장', '공간', '시설', '제도', '행사', '모델', '누리집', '채널', '협동조합', '기업', '거점',
  // Kinds of event before an event's name (`거리 공연 ‘…’`, `체험 이벤트 ‘…’`), and of body (`재건축 전담 조직인 목동
  // 정비사업 지원단`).
  '공연', '전시', '강연', '이벤트', '조직', '기구',
];

/**
 * Heads of places an event happens in (`구민체육센터에서`, `…도서관 2층`): a bare place written
 * as a venue is where something happens, not what the story is about.
 */
export const PLACE_HEADS: readonly string[] = [
  '센터', '도서관', '학교', '카페', '쉼터', '정원', '라운지', '박물관', '놀이터', '체험관', '전시관', '학당', '스쿨',
  '문화관', '배움터', '나눔터', '학습관', '기념관', '교육관', '공원', '물놀이장', '특구',
];

/**
 * What follows a place written as a venue: `…에서`, `… 2층`, `… 앞`, `… 일대`, `… 입구에`, `… 부지에`,
 * `… 후문 맞은편`, a part of it in a neighbourhood (`… 대흥동 구간에서`), and a place coordinated with the venue
 * (`…학습관과 14개 동 주민센터에서`) or offered instead of it (`…커뮤니티센터나 주민센터 유휴 공간에`); and a place to
 * ask (`…구립도서관 독서문화팀으로 문의하면 된다`, `…센터로 문의`).
 */
export const VENUE_AFTER = /^(?:\s[가-힣]{1,10}(?:팀|과|계)(?:으로|로|에)\s?(?:문의|연락)|(?:으로|로|에)\s?문의|에서|\s(?:[가-힣]{1,5}\d?가?동\s)?(?:\d+층|앞|옆|내|일대|인근|광장|강당|대강당|회의실|주차장|운동장|구간|입구|부지|일원|주변|곳곳|둘레|내부|안(?:에)?(?=\s|$)|후문|정문|맞은편|건너편|자리)|(?:과|와|및)\s[^.,]{1,24}?에서(?![가-힣])|(?:이나|나)\s[^.,]{1,24}?(?:에서|에)(?![가-힣]))/u;

/** Schools and kindergartens are places, never initiatives (`경동초등학교`). */
export const SCHOOL_NAME = /(?:초등학교|중학교|고등학교|대학교|대학원|유치원|여고|여중)$/u;

/**
 * Words written after a quoted name that classify it (`‘태양광 보안등’ 사업`, `‘…’ 캠페인`): the
 * quote is then a name.
 */
export const CLASSIFIERS: readonly string[] = [
  ...HEADS, '제도', '행사', '운동', '교육', '프로그램', '공모', '브랜드', '앱', '어플', '공간', '시범사업', '모델',
];

/**
 * Verbs (stems, as in 운영하다/운영한다/운영 중) that say a district runs or creates something:
 * `‘…’를 운영`, `‘…’을 개관`. A quoted span that is their object or subject is a name.
 */
export const PROGRAM_VERBS: readonly string[] = [
  '운영', '개최', '추진', '개관', '개소', '설립', '도입', '시행', '출범', '조성', '구축', '개설', '제정', '시작',
  '선보', '오픈', '마련', '진행', '실시', '설치', '개통', '개발', '발간', '펼치', '펼쳐', '열', '신설', '보급',
  '확대', '발족', '런칭', '론칭', '가동', '참여', '참가', '수강', '공모', '모집', '제작', '배치', '문을', '파견', '내세우', '내세워', '내세웠', '내세운',
  // 열다 and 늘리다 conjugate off their stems (`연다`, `여는`; `늘린다`, `늘려`).
  '연다', '여는', '늘리', '늘린', '늘려', '늘렸', '개장', '개원', '개방', '개막하', '개막해', '개막한',
  // Ground-breaking and completion ceremonies are held for a named thing (`‘…’ 착공식`, `‘…’ 준공식`),
  // and a named corps is formed (`‘…’을 꾸려`).
  '착공', '준공', '기공', '발대', '꾸려', '꾸렸', '꾸리', '꾸린',
  // Campaigns and clean-ups are waged (`‘…정화 활동’도 벌인다`).
  '벌이', '벌인', '벌여', '벌였',
  // A place made into or decorated as a named one (`…을 ‘…이음길’로 꾸미고`, `‘…광장’을 만들었다`).
  '꾸미', '꾸며', '꾸몄', '만들', '만든', '만드', '단장',
  // A bus, shuttle or boat a district names is run on its route (`…건강버스를 시범 운행한다`, `…책버스를 연중 운행`),
  // and a named scheme is picked as a model (`…순환버스도 우수 사례로 꼽혔다`).
  '운행', '꼽혔', '꼽히', '꼽힌',
];

/**
 * Heads of things a district hands out that make a quoted span a name (`‘겨울 안부 보따리’를 전달`,
 * `‘안심 홈세트’`), but only in quotes: bare, they are plain nouns (`방역 키트 500개`).
 */
export const QUOTED_HEADS: readonly string[] = [
  '꾸러미', '보따리', '키트', '세트', '도시락', '상자',
  // Photo and art exhibitions a district names (`<자락길 사계 사진전>`); bare, `장미 사진전과 주민 노래자랑` are a
  // festival's parts.
  '사진전', '전시회', '미술전',
  // A counter a district opens for a kind of request (`‘…온라인 상담창구’를 열었다`); bare, `민원 창구`
  // is any office's counter.
  '창구',
];

/**
 * Determiners and evaluative words that never make a phrase a name: `다양한 혁신사업`, `이번 사업`,
 * `대표 축제`, `핵심정책`. A name whose every word before the head is one of these is no name.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  '이번', '해당', '총', '각', '각종', '모든', '여러', '다양한', '주요', '신규', '기존', '관련', '본', '동', '대표',
  '핵심', '우수', '혁신', '역점', '중점', '특화', '시범', '후속', '일반', '기본', '전체', '전국', '첫', '최초', '새',
  '구정', '정부', '국가', '중앙', '지방', '자치구', '구', '시', '공공', '행정', '생활밀착형', '주민생활밀착형',
  '체감형', '주민체감형', '맞춤형', '우리', '구립', '시립', '옛',
]);

/**
 * Topic words: who or what an initiative is for (`청년`, `어르신`, `디지털`). Before a head in
 * running text they describe (`청년 일자리 사업`, `일대일 멘토링`); a quoted or listed name may
 * be made of them (`청년 기후 서포터즈`).
 */
export const TOPIC_WORDS: ReadonlySet<string> = new Set([
  '청년', '주민', '구민', '시민', '지역', '복지', '일자리', '교육', '문화', '안전', '환경', '노인', '어르신', '아동',
  '여성', '장애인', '청소년', '디지털', '스마트', '비대면', '대면', '온라인', '오프라인', '일대일', '1:1', '무료',
  '지원', '육성', '전용', '공동', '통합', '종합', '국제', '봄', '여름', '가을', '겨울', '연말', '새해', '설', '추석',
  '마을', '동네', '구립', '공립', '국공립', '민간', '화상', '아이', '아이들', '어린이', '전문가', '자녀',
  // An event's opening and closing parts (`개막 음악회`, `폐막 공연`).
  '개막', '폐막',
  // When, like the seasons (`야간 음악회`, `주말 캠프`).
  '야간', '주간', '심야', '새벽', '아침', '저녁', '밤', '주말', '평일',
]);

/**
 * Words that say where or for what a facility is (`실내 놀이터`, `공유 라운지`, `사계절 쉼터`, `반려견
 * 놀이터`, `무더위쉼터`): before a place head (PLACE_HEADS, `부엌`) they name a kind every district has,
 * a name only with more (`고덕천 반려견 놀이터`); before another head they may be what a name is about
 * (`반려동물 순찰대`).
 */
export const FACILITY_KINDS: ReadonlySet<string> = new Set([
  '실내', '야외', '공유', '공용', '사계절', '반려동물', '반려견', '한파', '무더위', '폭염',
  // Whose building it is (`학교 도서관`, `교회 교육관`).
  '학교', '교회',
]);

/**
 * Words that make the noun phrase after them a reference to things in general or someone else's
 * (`다른 대학가 축제`, `인근 자치구 조례`, `여러 복지센터`): what follows is no name of this story.
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  '다른', '타', '인근', '이웃', '여러', '각', '모든', '같은', '비슷한', '유사한', '기존', '일반', '각종', '나머지', '각국', '주요',
  // `구 관제센터`, `가까운 쪽 관제센터`: the district's (or a side's) own office, not a named one.
  '구', '시', '쪽',
]);

/**
 * Words a bare name never starts with or includes: determiners, quantities and time words
 * (`올해 청년센터` → `청년센터`), and `기반`, `대상` which join a description to a noun.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '이번', '해당', '총', '각', '모든', '모두', '여러', '이', '그', '저', '본', '올해', '내년', '지난해', '작년', '매년', '오는',
  '내년도', '금년', '금년도', '전년도', '올해도',
  '매주', '매월', '매달', '매일', '주말', '평일',
  '지난', '이달', '다음', '달', '다음달', '지난달', '내달', '이번달', '금월', '익월', '연말', '연초', '이날', '당일',
  '오늘', '내일', '최근', '처음', '현재', '그동안', '새로', '새롭게', '직접', '함께', '또', '및', '등', '약', '가장',
  '더', '또한', '특히', '한편', '앞서', '이어', '기반', '대상', '통해', '위해', '중', '내', '외', '간', '후', '전',
  '당시', '이후', '이전', '같은', '해', '및/또는', '또는', '그리고', '아울러', '이와', '이에', '우선', '주관', '주최',
  '후원', '따라', '따른', '인해', '의해', '대해', '관해', '비해', '위한', '대한', '물론', '일대', '일원', '관내',
  '동안', '기간', '내내', '기준', '뒤', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일',
  '오전', '오후', '저녁', '아침', '새벽', '밤', '상반기', '하반기', '연중', '연내', '분기', '초', '말', '초순', '중순', '하순', '두', '세', '네', '넉', '다섯', '몇', '수십', '수백',
  // `2년 연속 우수 도서관을 배출했다`: a streak says how often, never a word of a name; `별도로` says how.
  '연속', '별도로', '따로',
  // `반면 대형 건립 사업은`, `…을 크게 바꾼 정책`, `가산디지털단지 쪽 …`: how, in contrast, which side.
  '반면', '크게', '쪽',
  // `…시작에 맞춰 온누리상품권`: in step with, never a word of a name.
  '맞춰', '맞추어',
  // `예산안 가운데 신규 사업`, `새해 들어 상담 프로그램`: among, and a time entered, never words of a name.
  '가운데', '들어', '들어서',
  // `즉시 가정 방문`, `바로 …`: how soon.
  '즉시', '바로',
  // `주차장 대신 어린이공원을`: instead of; `이건 서울시 … 사업과`: a pronoun with its topic particle.
  '대신', '이건', '그건', '이것', '그것', '이것은', '그것은',
  // `요즘 놀이터에 가 보면`: these days; `2시간 단위 사전예약제`: by the unit of; `우천 시 일부 야외 프로그램은`: a
  // case and a share, never words of a name.
  '요즘', '요새', '단위', '일부', '우천',
  // `…서대문구 대표 봄 축제로 자리 잡았다`: what the thing has become, a description; `개관 첫 학기 강좌`: the first.
  '대표', '첫',
]);

/**
 * Abstract or verbal nouns that end a list item that is an activity or a category, not a name
 * (`▲포용적 행정`, `▲청년정책 발굴 및 제안`, `▲청년 교류 활성화`). Matched at the end of the item.
 */
export const ABSTRACT_ENDS: readonly string[] = [
  '행정', '협력', '정부', '혁신', '확산', '체감', '발굴', '제안', '모니터링', '참여', '교류', '소통', '개선', '강화',
  '확대', '지원', '관리', '예방', '보호', '해소', '증진', '향상', '제고', '역량', '환경', '분야', '부문', '항목',
  '지표', '등급', '평가', '수립', '점검', '홍보', '안내', '상담', '연계', '협업', '공유', '실현', '구현', '달성',
  '자율혁신', '추진', '실천', '노력', '성과', '기반', '체계', '방안', '대책', '계획', '정책', '역할', '자격', '서류',
  '배부', '전달', '지급', '배포', '제공', '소개', '실시',
  // What is placed or visited in a plan's detail lines (`- …생수, 부채, 구급약품 비치`, `- …즉시 가정 방문`).
  '비치', '방문',
  // What people do at a place (`△화상 요가 수업`, `△혈압 자가 측정`): activities, not names.
  '수업', '측정', '검사', '대화', '진료', '확인',
  // Places and a festival's booths listed (`▲건대입구역 사거리 ▲구의역 광장`, `▲…포토존 ▲체험부스`).
  '사거리', '삼거리', '교차로', '광장', '포토존', '부스',
  // What two districts agree to do together (`▲생태교란식물 합동 제거 ▲하천 쓰레기 공동 수거`), and a
  // council's agenda (`▲광역버스 노선 신설·조정 ▲환승 주차장 공동 확보`).
  '제거', '수거', '공동', '합동', '신설', '조정', '확보',
];

/**
 * Verbal nouns (하다-nouns) that end an activity: `폐현수막 재활용 사업` needs its `사업`, while
 * `안심 손잡이 사업` is `안심 손잡이` plus the classifier.
 */
export const VERBAL_NOUNS: readonly string[] = [
  '지원', '재활용', '활용', '개선', '조성', '구축', '운영', '육성', '확충', '정비', '보급', '개발', '관리', '예방',
  '보호', '재생', '복원', '건립', '설치', '확대', '강화', '교육', '상담', '나눔', '방지', '근절', '감축', '절감',
  '개방', '공유', '연계', '체험', '발굴', '창업', '취업', '채용', '수거', '처리', '점검', '단속', '정화', '녹화',
  '리모델링', '돌봄', '제공', '배달', '방문', '지급', '치료', '검진', '접종', '전환', '대응', '극복', '회복', '활성화',
  '재사용', '제거',
];

/**
 * Action nouns after a name: `한눈지도 구축`, `‘…예약시스템 구축’`. In a list item the name is what
 * stands before them; in a quoted name they are dropped only when what remains ends in a head noun.
 */
export const ACTION_SUFFIXES: readonly string[] = [
  '구축', '운영', '조성', '설치', '도입', '개설', '개최', '추진', '시행', '실시', '마련', '확대', '개관', '개소', '제정',
  // Openings and launches in headline style (`…놀이터 개장`, `…병원 개원`, `…산책로 개통`,
  // `…스마트폰 교실 개강`, `…방역단 가동`).
  '개장', '개원', '개통', '개강', '개막', '출범', '발족', '가동', '오픈',
];

/** Facilities every district has, never one initiative: `동 주민센터`, `행정복지센터`. */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  '주민센터', '동주민센터', '행정복지센터', '동행정복지센터', '콜센터', '고객센터', '보건소', '구청', '학교',
  '관제센터', '통합관제센터', '먹거리장터', '평생학습관', '구립평생학습관',
  '지역아동센터', '복지센터', '종합사회복지관', '경로당', '다함께돌봄센터', '치매안심센터', '보건지소',
  '정신건강복지센터', '자원봉사센터', '가족센터', '건강가정지원센터', '육아종합지원센터', '청소년상담복지센터',
  '초등학교', '중학교', '고등학교', '대학교', '어린이집', '경로당', '도서관', '카페', '정원', '센터', '사업',
  '정책', '시스템', '서비스', '프로그램', '축제', '조례', '교육과정', '과정', '대학원',
  // The city's call centre, which every district's notice points to.
  '다산콜센터', '120다산콜센터',
  // A head's election pledges, as a class (`구청장 공약 사업 상당수는`).
  '공약사업', '구청장공약사업', '공약', '역점사업', '신규사업', '자체사업', '주요사업', '핵심사업',
  // How any venue takes bookings, and any office's complaint counter.
  '사전예약제', '예약제', '온라인예약제', '민원실', '종합민원실', '구청민원실',
]);

/**
 * Offices every district has and its routine agreements: a name ending in one of them is none,
 * whatever words stand before it (`거주지 동 주민센터`, `… 조성 업무협약`).
 */
export const OFFICE_NAMES: ReadonlySet<string> = new Set(['주민센터', '동주민센터', '행정복지센터', '동행정복지센터', '보건소', '구청', '보건지소', '업무협약']);

/**
 * Endings of a quoted span that make it a label, not a name: grades and prizes (`‘우수기관’`,
 * `‘대통령상’`, `‘국무총리 표창’`), evaluations and their juries (`‘…혁신평가’`, `‘국민평가단’`).
 */
export const LABEL_ENDINGS: readonly RegExp[] = [
  // A group of people (`‘신노년층’을 위한`, `‘MZ세대’`).
  /(?:계층|년층|세대)$/u,
  /(?:대통령|국무총리|장관|시장|구청장|최우수|우수|장려|특별|대|금|은|동|혁신|공로|봉사|노력|감사|창의|본|작품|인기|으뜸)상$/u,
  /(?:표창|훈장|포장|감사패|인증패|기관|등급|1위|\d+위)$/u,
  // A grade alone, quoted as written (`2년 연속 ‘최우수’ 구로`, `4년 연속 ‘최우수구’`).
  /^(?:최우수|우수|최고|장려|대상|금상|은상|동상)$/u,
  /^(?:최우수|우수)(?:구|자치구|지자체)$/u,
  /(?:평가|평가단|심사단|평가위원회|심사위원회|심사|평가대회|실태조사|만족도\s?조사|조사|지수|순위|랭킹)$/u,
];

/**
 * Endings that make a quoted span a label unless a classifier follows it (`‘…도시’ 사업`): types
 * (`‘주민생활 밀착형’`), visions (`‘혁신 행정도시’`) and the kind of recognition (`‘우수사례’`).
 */
export const SOFT_LABEL_ENDINGS: readonly RegExp[] = [/형$/u, /(?:도시|구정|비전)$/u, /(?:사례|인증|지정|선정)$/u];

/**
 * What may follow a quoted label: a title given (`‘우수기관’으로 선정`), a certification
 * (`‘아동친화도시’ 인증`), a board (`‘고시공고’ 게시판`), a slogan (`‘…’임을`, `‘…’이라는 슬로건`).
 */
export const LABEL_CONTEXT_AFTER = new RegExp(
  '^(?:' +
    [
      '(?:으로|로|에)\\s*(?:선정|지정|뽑|선출|인증|꼽|인정|불리|등극|이름을|평가|등재)',
      '\\s*(?:인증|칭호|타이틀|게시판|메뉴|코너|탭|란에|카테고리|배너|페이지|항목|분야|부문)',
      '(?:임을|이라는|라는|이란|란)\\s*(?:평가|찬사|호평|별명|별칭|슬로건|구호|비전|목표|기치|모토|캐치프레이즈|인식|의미|뜻|말)',
      '임을',
      '(?:을|를)\\s*(?:수상|받|차지|획득)',
    ].join('|') +
    ')',
  'u',
);

/**
 * Words before a quote that make it a body of people outside the district's office (`시민단체 ‘중구 살림살이
 * 지킴이’가 … 소송을 냈다`), however it is named: a party to the news, not one of the district's initiatives.
 */
export const OUTSIDE_BODY_BEFORE = /(?:시민단체|노동조합|노조|법무법인|업체)(?:인|이자)?\s*$/u;

/** Words before a quote that introduce a slogan or a vision (`구정 비전 ‘…’`). */
export const LABEL_CONTEXT_BEFORE = /(?:슬로건|구호|비전|기치|모토|표어|목표|주제|캐치프레이즈|테마)\s*$/u;

/**
 * What follows `등` after the last item of a list whose items are categories or activities, not
 * names: `▲… 등 5개 분야`, `▲… 등 활동을 수행`, `평가 항목으로는 ▲…`.
 */
export const CATEGORY_LIST_WORDS = /(?:분야|항목|유형|직종|직무|과제|목표|전략|방향|지표|부문|영역|활동|역할|기준|요건|자격|서류|일정|장소|방법|내용|과목|업종|대상자|품목|증상)/u;

/** Counters that make a word a quantity (`9개`, `2019년`, `1시간가량`), never part of a name. */
export const COUNTER_WORD = /^(?:제)?[\d.,~]+(?:여)?(?:시간|시|분|가량|년도|년|월|일|개소|개월|개|명|곳|건|회|차|억|만|천|원|%|세|층|호|주|배|km|m|kg|기|번째|등|위|권|편|종|가지)/u;

/**
 * Ceremonies that open, launch or proclaim a named thing (`…거리 선포식`, `…센터 개소식`, `…봉사단 발대식`):
 * the stems before 식. Source: the 행사 names of district press releases.
 */
export const CEREMONY_STEMS: readonly string[] = [
  '선포', '개막', '발대', '출범', '개소', '개관', '개장', '개통', '준공', '착공', '기공', '제막', '현판', '창단', '발족',
];

/** What a district runs on a route (`…건강버스를 운행`): the last noun of a vehicle's name. */
export const VEHICLE_ENDS: readonly string[] = ['버스', '셔틀', '택시', '열차', '차량', '카', '순환선'];

/**
 * Public offices that are not the district (`노원경찰서`, `…교육지원청`) and their buildings (`신청사`):
 * what they open or run is theirs. Source: 행정기관 명칭.
 */
export const PUBLIC_OFFICE_ENDS: readonly string[] = ['경찰서', '소방서', '세무서', '우체국', '법원', '검찰청', '교육청', '교육지원청', '청사'];

/**
 * Endings of organisations that are not the district (`참여연대`, `한국관광공사`, `…공단`, `…재단`, `…협회`) and
 * of the public offices above (except a building): a name they open is theirs.
 */
export const ORGANISATION_ENDS: readonly string[] = ['연대', '공사', '공단', '재단', '협회', ...PUBLIC_OFFICE_ENDS.filter((o) => o !== '청사' && o !== '법원' && o !== '검찰청')];

/**
 * Nouns ending in 동 that are no neighbourhood (`이동 도서관`, `노동 상담소`, `취약아동`, `기후행동`): a word
 * ending in one of them is not a 동's name.
 */
export const NOT_NEIGHBOURHOODS: readonly string[] = [
  '이동', '노동', '아동', '공동', '활동', '운동', '협동', '행동', '자동', '합동', '작동', '가동', '연동', '감동', '출동',
];

/** Products of private companies a district uses (`민간 주차 앱 ‘…’`): the nouns before the product's name. */
export const PRIVATE_PRODUCTS: readonly string[] = ['앱', '애플리케이션', '어플', '플랫폼', '포털'];

/**
 * Platform companies whose services districts join (`네이버 ‘동네시장 장보기’ 서비스에 입점`, `카카오톡 채널`): a
 * name right after one is the company's. Source: the portals, messengers and delivery apps Korean news
 * names in district stories.
 */
export const PLATFORM_COMPANIES: readonly string[] = [
  '네이버', '카카오', '카카오톡', '쿠팡', '배달의민족', '배민', '요기요', '당근마켓', '당근', '토스', '구글', '유튜브', '11번가', 'G마켓',
];

// `△홀몸어르신 △치매 고위험군 어르신`: who a service is for, not what it is; `▲정민호 서대문구청장`: a
// photo's caption naming a head.
// (Not `1일 명예 구청장`: the title glued to a district's name is the head's.)
export const PEOPLE_END = /(?:어르신|노인|주민|구민|청년|아동|어린이|청소년|학생|장애인|가구|가정|여성|부모|보호자|환자|상인|소상공인|취약계층|대상자|[노중장청]년층|세대|요원|[가-힣]구청장)$/u;
