/**
 * The crisis tripwire: the examples of issue 4, typo tolerance, every language at once, and
 * ordinary questions that must stay ordinary.
 */

import { expect } from 'chai';
import fc from 'fast-check';
import { createUnderstanding, type CrisisKind, type UnderstandingData } from '../../bot/understand/index.js';
import { understanding } from './helpers.js';

describe('understand: crisis()', () => {
  const u = understanding();

  const acute: [string, CrisisKind][] = [
    ['ik wil dood', 'suicide'],
    ['ik wil er niet meer zijn', 'suicide'],
    ['zelfmoord', 'suicide'],
    ['ik zie het niet meer zitten', 'suicide'],
    ['I want to kill myself', 'suicide'],
    ['ik wil niet meer leven', 'suicide'],
    ['ik denk dat ik niet meer wil leven', 'suicide'],
    ['soms denk ik dat ik er niet meer wil zijn', 'suicide'],
    ['ik weet niet of ik nog wel wil leven', 'suicide'],
    ['mijn broer heeft pillen genomen en reageert niet', 'medical'],
    ['mijn moeder ligt op de grond en reageert niet', 'medical'],
    ['mijn man slaat me', 'violence'],
    ['me man slaat me', 'violence'],
    ['hij heeft me geslagen', 'violence'],
    ['ik word mishandeld', 'violence'],
    ['ik ben bang dat hij me iets aandoet', 'violence'],
    ['ik ben bang dat hij me komt afmaken', 'violence'],
    ['hij gaat me afmaken', 'violence'],
    ['ze komen me afmaken na school', 'violence'],
    ['ze gaan me vermoorden', 'violence'],
    ['my husband hits me', 'violence'],
    ['mijn vader slaat mij', 'child'],
    ['ik word thuis geslagen', 'child'],
    ['my dad beats me', 'child'],
    ['hij ademt niet', 'medical'],
    ['ik heb een overdosis genomen', 'medical'],
    ['heart attack', 'medical'],
    // plans and means, violence in progress, a child who tells, stroke, seizure, poisoning (nl, spreektaal)
    ['de pillen liggen klaar, vannacht neem ik ze allemaal', 'suicide'],
    ['ik heb een touw gekocht en weet al waar ik het ga doen', 'suicide'],
    ['ik ga vannacht van de flat af', 'suicide'],
    ['k ga mezelf wat aandoen', 'suicide'],
    ['heb me polse opengesneden', 'suicide'],
    ['ik heb afscheid genomen van iedereen', 'suicide'],
    ['ik loop nu naar het spoor, sorry', 'suicide'],
    ['morgen ben ik er niet meer', 'suicide'],
    ['ik zit in de auto met de motor aan in de garage', 'suicide'],
    ['mijn man heeft me net tegen de muur geslagen', 'violence'],
    ['ik zit opgesloten in de badkamer, hij trapt de deur in', 'violence'],
    ['me vriend zegt dat ie me gaat neersteke', 'violence'],
    ['mijn man knijpt mijn keel dicht', 'violence'],
    ['hij houdt een mes op mijn keel', 'violence'],
    ['mijn man is dronken en slaat alles kapot, ik ben bang', 'violence'],
    ['mijn stiefvader zit aan me als mama weg is', 'child'],
    ['mijn oom raakt me aan op plekken waar ik het niet wil', 'child'],
    ['ik ben 10 en al drie dagen alleen thuis, er is geen eten', 'child'],
    ['ik ben bang dat ik mijn baby iets aandoe', 'child'],
    ['papa slaat mama en ik ben bang', 'child'],
    ['mijn opa praat opeens raar en zijn gezicht hangt scheef', 'medical'],
    ['een vrouw in de bus valt om en schokt helemaal', 'medical'],
    ['mijn dochter heeft van de schoonmaakmiddelen gedronken', 'medical'],
    ['mijn zoontje heeft een knoopbatterij ingeslikt', 'medical'],
    ['mijn opa ligt in de gang en hij beweegt niet', 'medical'],
    ['er ligt een vrouw in de sloot', 'medical'],
  ];
  for (const [text, kind] of acute) {
    it(`"${text}" -> ${kind}`, () => {
      expect(u.crisis(text)).to.deep.equal({ kind });
      expect(u.route(text).flow).to.equal('crisis');
    });
  }

  // Someone else in danger, said in a subordinate clause ("… zegt dat ze niet meer wil leven").
  const bystanders: [string, CrisisKind][] = [
    ['Mijn moeder zegt dat ze niet meer wil leven', 'suicide'],
    ['mijn man zegt dat hij er niet meer wil zijn', 'suicide'],
    ['mijn zoon zegt dat hij er niet meer wil zijn', 'suicide'],
    ['mijn vriendin wil er niet meer zijn', 'suicide'],
    ['mijn buurvrouw zegt dat ze zichzelf wil ophangen', 'suicide'],
    ['mijn dochter snijdt zichzelf', 'suicide'],
    ['de buurman schreeuwt en ik hoor klappen en zij gilt', 'violence'],
    ['ik hoor klappen bij de buren en de vrouw huilt', 'violence'],
    ['ik hoor de buurvrouw om hulp roepen', 'violence'],
    // a goodbye and no answer, a diary, a jump announced, thrown to the ground, locked up, a child who tells, neglect
    ['mijn vriendin stuurde dat ze afscheid neemt en nu neemt ze niet meer op', 'suicide'],
    ['mijn dochter heeft in haar dagboek geschreven dat ze dood wil', 'suicide'],
    ['me broer zegt hij gaat van de flat springen', 'suicide'],
    ['mn maat zegt hij gaat zichzelf wat aandoen', 'suicide'],
    ['mijn vader zegt dat hij zichzelf gaat ophangen', 'suicide'],
    ['mijn zoon staat op het dak en wil springen', 'suicide'],
    ['een jongen zit op de reling van de brug', 'suicide'],
    ['ik hoor de buurvrouw gillen en hij gooit haar tegen de grond', 'violence'],
    ['mijn zus wordt door haar man opgesloten', 'violence'],
    ['de buurvrouw schreeuwt dat hij haar gaat vermoorden', 'violence'],
    ['me zus d\'r man heeft d\'r gewurgd', 'violence'],
    ['twee jongens slaan een man in elkaar voor de supermarkt', 'violence'],
    ['me nichtje zegt dat d\'r stiefvader aan d\'r zit', 'child'],
    ['mijn nichtje vertelde dat haar opa haar aanraakt', 'child'],
    ['de kinderen van de buren zijn al dagen alleen thuis en hebben geen eten', 'child'],
    ['ik zag hoe de overbuurvrouw haar dochtertje in haar gezicht sloeg', 'child'],
    ['de buurvrouw laat haar kinderen dagenlang alleen', 'child'],
    ['mijn kleinzoon zegt dat mama hem opsluit in de kast', 'child'],
    // an own phrase whose nearest person word (in its clause) is someone else's (crisis.anderen)
    ['mijn dochter van 16 heeft in haar dagboek geschreven dat ze dood wil', 'suicide'],
    ['ik maak me zorgen, mijn zoon wil dood', 'suicide'],
    ['my daughter wrote that she wants to die', 'suicide'],
    // the Dutch tripwire reads "suicide" without a person; the English one sees the flatmate
    ['my flatmate left a suicide note', 'suicide'],
  ];
  for (const [text, kind] of [
    ['mijn man is overleden en ik wil dood', 'suicide'],
    ['mijn man slaat me en ik wil dood', 'suicide'],
    ['sinds mijn vrouw weg is zie ik het niet meer zitten', 'suicide'],
  ] as [string, CrisisKind][]) {
    it(`"${text}" -> ${kind}, the resident's own (the other person is not the one in danger)`, () => {
      expect(u.crisis(text)).to.deep.equal({ kind });
    });
  }
  for (const [text, kind] of bystanders) {
    it(`"${text}" -> ${kind}, someone else`, () => {
      expect(u.crisis(text)).to.deep.equal({ kind, bystander: true });
      expect(u.route(text).flow).to.equal('crisis');
    });
  }

  const typos: [string, CrisisKind][] = [
    ['ik wil doot', 'suicide'],
    ['ik zie het nie meer zitte', 'suicide'],
    ['zelfmoort', 'suicide'],
    ['selfmoord gedachte', 'suicide'],
    ['ik wil er nie meer zijn', 'suicide'],
    ['m\'n man slaat me', 'violence'],
    ['mijn vriend sloeg me', 'violence'],
    ['ik wort mishandelt', 'violence'],
    ['me vader slaat me', 'child'],
    ['overdosus', 'medical'],
    ['ZE ADEMT NIET MEER!!!', 'medical'],
  ];
  for (const [text, kind] of typos) {
    it(`tolerates spelling: "${text}" -> ${kind}`, () => {
      expect(u.crisis(text)?.kind).to.equal(kind);
    });
  }

  const ordinary = [
    'ik hoor de buren de hele nacht schreeuwen en met deuren klappen',
    'de kinderen gillen en klappen in hun handen op het plein',
    'mijn moeder reageert niet op mijn berichten',
    'ik weet niet of ik nog wel wil werken',
    'ik wil mijn opleiding afmaken',
    'wil me mbo afmaken maar weet nie hoe',
    'ik wil me inburgering afmaken',
    'ik ben bang dat ik mijn studie niet kan afmaken',
    'ik ben bang dat ik het werk niet op tijd kan afmaken',
    'ik heb ruzie met mijn buren',
    'mijn man is overleden en ik ben eenzaam',
    'ik heb pijn in mijn rug',
    'ik maak me zorgen om mijn dochter',
    'er wordt beslag gelegd op mijn loon',
    'ik ben gestopt met school',
    'mijn vader had vorig jaar een hartaanval',
    'ik ben doodmoe',
    'de rekeningen vermoorden me',
    'mijn zoon slaat met de deuren',
    'my dad died of a heart attack years ago',
    'this form is killing me',
    // look-alikes of the newer phrasings: idioms, sport, the past, a cut finger, stairs, a pool, a car in the garage
    'ik ga dood van de stress',
    'mijn baas vermoordt me als ik weer te laat ben',
    'ik schiet niks op met die formulieren',
    'de deur klapt steeds dicht door de wind',
    'onze hond is vorige week doodgegaan',
    'mijn zoon zit op kickboksen en krijgt daar klappen',
    'mijn zoon heeft een epileptische aanval gehad vorig jaar, hoe regel ik begeleiding',
    'ik heb mezelf in de vingers gesneden bij het koken',
    'ik zit de hele dag alleen thuis en spreek niemand',
    'alles komt op mij neer',
    'ik wil van de flat af, ik zoek een benedenwoning',
    'ik heb een brief geschreven naar de woningcorporatie',
    'de buren maken ruzie maar er wordt niet geslagen',
    'mijn dochter zit op turnen en is gevallen, ze heeft haar enkel verstuikt',
    'ik kan de trap niet meer op',
    'de jongens op straat schoppen een bal tegen mijn raam',
    'mijn ex dreigt me voor de rechter te slepen',
    'mijn zoon wil van het dak van de schuur springen in het zwembad',
    'de motor van mijn auto slaat niet aan, hij staat nu in de garage',
    'dat was een flinke strop voor ons',
    'de trein is voor mij te duur',
    'ik zit op het goede spoor met mijn schulden',
    '',
  ];
  for (const text of ordinary) {
    it(`leaves "${text}" alone`, () => {
      expect(u.crisis(text)).to.equal(null);
      expect(u.route(text).flow).to.not.equal('crisis');
    });
  }

  it('tells someone who does not respond from an organisation that does not answer (ar, pl)', () => {
    // an unconscious person is a medical emergency ...
    for (const t of ['mój syn nie reaguje', 'tata upadł i nie reaguje', 'زوجي وقع ولا يرد', 'ابني لا يستجيب']) {
      expect(u.crisis(t)?.kind, t).to.equal('medical');
    }
    // ... a landlord or a housing corporation that does not answer is not
    for (const t of ['w kuchni są myszy a spółdzielnia nie reaguje', 'właściciel nie reaguje na moje maile', 'صاحب البيت لا يرد على رسائلي', 'المؤجر لا يرد على التلفون']) {
      expect(u.crisis(t), t).to.equal(null);
    }
    // nor a bewindvoerder or klantmanager who no longer answers (typed answers of dev lists 18-20)
    for (const t of ['mijn bewindvoerder reageert niet meer', 'mijn klantmanager reageert niet meer', 'de gemeente reageert nergens op']) {
      expect(u.crisis(t), t).to.equal(null);
    }
    for (const t of ['mijn moeder reageert niet meer', 'mijn vader ligt op de grond en reageert niet meer']) {
      expect(u.crisis(t)?.kind, t).to.equal('medical');
    }
  });

  it('reads Ukrainian danger in Cyrillic and in Latin letters, and never reads Dutch as Latin Ukrainian', () => {
    // the Ukrainian keys are in Latin letters: a Cyrillic message must still be read
    expect(u.crisis("він мене б'є")?.kind).to.equal('violence');
    expect(u.crisis("мачуха не дає їсти і б'є")?.kind).to.equal('child');
    expect(u.crisis('vin mene bye')?.kind).to.equal('violence');
    // "infarct" is no Ukrainian "інфаркт", "stroom" and "straat" are no Ukrainian feelings
    expect(u.crisis('mijn vader heeft een infarct gehad en revalideert nu')).to.equal(null);
    expect(u.feeling('de stroom is afgesloten')).to.equal(null);
    expect(u.feeling('we wonen in een drukke straat')).to.equal(null);
  });

  it('reads the Ukrainian phrases written in Latin letters in a message detected as another language', () => {
    // (these short Latin messages are not detected as Ukrainian: only the Latin-written phrases read them)
    expect(u.detectLanguage('ya khochu pomerty')).to.not.equal('uk');
    expect(u.crisis('ya khochu pomerty')?.kind).to.equal('suicide');
    expect(u.crisis('ya stoyu na dakhu i dumayu strybnuty')?.kind).to.equal('suicide');
    // and still not the Cyrillic ones through their transliteration
    expect(u.crisis('mijn vader heeft een infarct gehad en revalideert nu')).to.equal(null);
  });

  it('checks every language, not only the detected one', () => {
    // Dutch crisis words inside an English message, and the other way round
    expect(u.detectLanguage('I am so tired of everything and ik wil dood')).to.equal('en');
    expect(u.crisis('I am so tired of everything and ik wil dood')?.kind).to.equal('suicide');
    expect(u.crisis('ik ben zo moe, i want to die')?.kind).to.equal('suicide');
    expect(u.route('hello, mijn man slaat me', { lang: 'en' }).flow).to.equal('crisis');
  });

  it('gives the most urgent kind when several match', () => {
    expect(u.crisis('ik heb een overdosis genomen want ik wil dood')?.kind).to.equal('medical');
    expect(u.crisis('mijn vader slaat mij en ik wil dood')?.kind).to.equal('suicide');
    expect(u.crisis('mijn stiefvader slaat mij')?.kind).to.equal('child');
  });

  it('uses the crisis patterns of a language added later (tr)', () => {
    const data: UnderstandingData = {
      languages: [
        { lang: 'nl', topics: {}, crisis: { suicide: ['wil dood'] }, notCrisis: [], stopwords: [], spelling: {}, yes: [], no: [], ordinals: [] },
        { lang: 'tr', topics: {}, crisis: { suicide: ['ölmek istiyorum'] }, notCrisis: [], stopwords: [], spelling: {}, yes: [], no: [], ordinals: [] },
      ],
    };
    const v = createUnderstanding(data);
    expect(v.crisis('Ölmek istiyorum')?.kind).to.equal('suicide');
    expect(v.crisis('ik wil dood')?.kind).to.equal('suicide');
  });

  it('property: never throws; finds a crisis phrase anywhere in surrounding noise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const hit = u.crisis(s);
        expect(hit === null || ['suicide', 'violence', 'child', 'medical'].includes(hit.kind)).to.equal(true);
      }),
      { numRuns: 300 },
    );
    const words = fc.array(fc.constantFrom('ja', 'hallo', 'schulden', 'gemeente', 'echt', 'vandaag', 'huis', 'en'), { maxLength: 12 });
    fc.assert(
      fc.property(words, words, (before, after) => {
        const text = [...before, '.', 'ik wil er niet meer zijn', '.', ...after].join(' ');
        expect(u.crisis(text)?.kind).to.equal('suicide');
      }),
      { numRuns: 200 },
    );
  });

  it('reads a long story to its end: a cry for help after 20,000 characters is found, a worried story is not flagged', () => {
    const long = 'ik heb veel zorgen over geld en werk en mijn huis. '.repeat(400);
    expect(u.crisis(long)).to.equal(null);
    expect(u.crisis(long + ' ik wil dood')?.kind).to.equal('suicide');
    expect(u.crisis('ik wil dood. ' + long)?.kind).to.equal('suicide');
  });
});

describe('understand: a matcher passes over a text in a script its words do not use', () => {
  it('reads a text that shares a script with its words, and only then', async () => {
    const { scriptFilter } = await import('../../bot/understand/scripts.js');
    const latin = scriptFilter(['dood', 'zelfmoord']);
    expect(latin('ik wil dood')).to.equal(true);
    expect(latin('أريد أن أموت')).to.equal(false);
    expect(latin('хочу померти')).to.equal(false);
    expect(latin('أريد dood')).to.equal(true);
    const arabic = scriptFilter(['اموت']);
    expect(arabic('ik wil dood')).to.equal(false);
    expect(arabic('بدي اموت')).to.equal(true);
    expect(scriptFilter(['113'])('')).to.equal(true);
    expect(scriptFilter(['ψυχή'])('abc')).to.equal(true);
  });
});

describe('understand: a language variant with phrases of its own keeps its own tripwire', () => {
  it("easy Dutch reads Dutch danger; a phrase only easy Dutch has is still found", async () => {
    const { loadUnderstanding } = await import('../../bot/authoring/load.js');
    const { createUnderstanding } = await import('../../bot/understand/index.js');
    const { ROOT } = await import('./helpers.js');
    const data = loadUnderstanding(ROOT);
    const plain = createUnderstanding(data);
    expect(plain.crisis('ik wil niet meer leven')?.kind).to.equal('suicide');
    expect(plain.crisis('de blauwe olifant springt van de brug')).to.equal(null);
    const languages = data.languages.map((l) => (l.lang === 'nl-x-simple' ? { ...l, crisis: { ...l.crisis, suicide: [...(l.crisis.suicide ?? []), 'blauwe olifant ... brug'] } } : l));
    const own = createUnderstanding({ ...data, languages });
    expect(own.crisis('de blauwe olifant springt van de brug')?.kind).to.equal('suicide');
    expect(own.crisis('ik wil niet meer leven')?.kind).to.equal('suicide');
    // the base language's time words come with it: that phrase of long ago is over
    expect(own.crisis('jaren geleden sprong de blauwe olifant van de brug')).to.include({ kind: 'suicide', past: true });
  });
});

/** One test per `[text, kind, someone else's]`: the kind, and whose danger it is. */
function dangerCases(u: ReturnType<typeof understanding>, cases: readonly [string, CrisisKind, boolean][]): void {
  for (const [text, kind, bystander] of cases) {
    it(`"${text}" -> ${kind}${bystander ? ', someone else' : ''}`, () => {
      const hit = u.crisis(text);
      expect(hit?.kind).to.equal(kind);
      expect(hit?.bystander === true).to.equal(bystander);
    });
  }
}

/** One test per ordinary text: no crisis. */
function ordinaryCases(u: ReturnType<typeof understanding>, texts: readonly string[]): void {
  for (const text of texts) it(`leaves "${text}" alone`, () => expect(u.crisis(text)).to.equal(null));
}

describe('understand: crisis() in English and Turkish: plans, signs, bystanders, idioms', () => {
  const u = understanding();
  // [text, kind, bystander]
  const danger: [string, CrisisKind, boolean][] = [
    ['i have saved up all my sleeping pills and tonight im taking every one of them', 'suicide', false],
    ['standing on the bridge right now, im going to jump', 'suicide', false],
    ['i wrote goodbye letters to my kids', 'suicide', false],
    ['im gonna kill myslef tonight', 'suicide', false],
    ['thinking about stepping in front of a train tomorrow', 'suicide', false],
    ['i dont want to live, my brother says he wants to die too', 'suicide', false],
    ['my partner grabbed me by the throat and pinned me against the wall', 'violence', false],
    ['my husband pushed me down the stairs', 'violence', false],
    ['im 12 and my stepdad hits me with a belt', 'child', false],
    ['my uncle makes me do sexual things when nobody is home', 'child', false],
    ["my wife's face is drooping on one side", 'medical', false],
    ['my toddler drank bleach', 'medical', false],
    ['my grandad collapsed and isnt breathing', 'medical', false],
    ['my brother said goodbye to everyone and now hes not picking up his phone', 'suicide', true],
    ['my mate is on the bridge saying hes gonna jump', 'suicide', true],
    ['i can hear my neighbour beating his wife, shes screaming for help', 'violence', true],
    ['theres a woman screaming upstairs and a man yelling he will kill her', 'violence', true],
    ['i saw a man slapping a small child really hard in the park', 'child', true],
    ['my niece told me her stepdad touches her', 'child', true],
    ['köprünün üstündeyim, atlayacağım', 'suicide', false],
    ['bütün ilaçlarımı biriktirdim, bu gece hepsini içeceğim', 'suicide', false],
    ['artik dayanamiyorum kendimi oldurecegim', 'suicide', false],
    ['eşim boğazımı sıktı', 'violence', false],
    ['abim kabul etmezsem beni öldüreceğini söyledi', 'violence', false],
    ['amcam geceleri bana dokunuyor', 'child', false],
    ['babam sigarayla beni yakiyor', 'child', false],
    ['eşimin yüzü bir tarafa kaydı', 'medical', false],
    ['kızım çamaşır suyu içti', 'medical', false],
    ['arkadasim kopruden atlayacagini soyledi', 'suicide', true],
    ['ablam kendini öldüreceğini söylüyor', 'suicide', true],
    ['komsu kadini dovuyor sesleri duyuyorum', 'violence', true],
    ['ablamın kocası onu boğmaya çalıştı', 'violence', true],
    ['yeğenim üvey babasının ona dokunduğunu söyledi', 'child', true],
    ['komşunun çocukları günlerdir evde yalnız', 'child', true],
  ];
  dangerCases(u, danger);
  const ordinary = [
    'this job is killing me',
    'the bills are going to kill me',
    'i could strangle him when he snores',
    'i cut my hand cooking last week',
    'my daughter wants to jump on the trampoline',
    'my son wants to hang out with his friends',
    'the ceiling collapsed in my bathroom',
    "i can't speak dutch properly",
    'my pills are ready at the pharmacy',
    'my kids have no food because i have no money',
    'my landlord locked me out of my flat',
    'bu faturalar beni öldürecek valla',
    'açlıktan ölüyorum',
    'patronum geç kalırsam beni öldürür',
    'annem hollandaca konuşamıyor',
    'oğlum sınıf atlayacak mı',
    'işler yığıldı',
  ];
  ordinaryCases(u, ordinary);
});

describe('understand: crisis() in Arabic, Polish and Ukrainian: plans, dialects and bystanders', () => {
  const u = understanding();
  const cases: [string, CrisisKind, boolean][] = [
    ['غادي نقتل راسي هاد الليلة', 'suicide', false],
    ['أنا واقف على الجسر وبدي انط', 'suicide', false],
    ['راجلي كيضربني وكيخنقني', 'violence', false],
    ['بابا فمه مايل وفجأة ما يقدر يتكلم', 'medical', false],
    ['ابني شرب جافيل وكيتقيا', 'medical', false],
    ['kansm3 jari kaydreb mrato', 'violence', true],
    ['أطفال الجيران وحدهم في البيت منذ يومين بدون أكل', 'child', true],
    ['خويا قال غادي يلوح راسو من السطح', 'suicide', true],
    ['stoję na moście i chcę skoczyć', 'suicide', false],
    ['były stoi pod drzwiami i krzyczy, że mnie zabije', 'violence', false],
    ['boję się, że zrobię krzywdę mojemu dziecku', 'child', false],
    ['mama ma opadnięty kącik ust i nie może mówić', 'medical', false],
    ['mój brat chce odebrać sobie życie', 'suicide', true],
    ['slysze krzyki u sasiadow i uderzenia', 'violence', true],
    ['dzieci sąsiadów są głodne i same w domu od wczoraj', 'child', true],
    ['стою на даху і хочу стрибнути', 'suicide', false],
    ['колишній стоїть під дверима і кричить що вб\'є мене', 'violence', false],
    ['у мами перекосило рот і вона не може говорити', 'medical', false],
    ['сестра написала, що хоче покінчити з собою', 'suicide', true],
    ['чую, як сусід б\'є жінку, вона кричить', 'violence', true],
    ['діти сусідів самі вдома вже два дні і плачуть', 'child', true],
    ['ne hochu bilshe zhyty', 'suicide', false],
  ];
  dangerCases(u, cases);
  const ordinary = [
    'هالشغل رح يقتلني من التعب',
    'مت من الضحك على الرسالة',
    'المدير غادي يقتلني إلا تأخرت غدا',
    'szef mnie zabije jak znowu się spóźnię',
    'skoczę do sklepu i wrócę',
    'mama miała udar w zeszłym roku i teraz potrzebuje opieki',
    'ця робота мене вб\'є',
    'сусід не реагує на прохання зробити музику тихіше',
    'донька стрибає з парашутом, це її хобі',
  ];
  ordinaryCases(u, ordinary);
});

describe('understand: crisis() look-alikes found on held-out first messages', () => {
  const u = understanding();
  // A pattern fired on ordinary first messages (shown by pattern only, not by message):
  // Levantine "ما … عم" is any negation; "не реагує" is also a landlord who does not answer.
  for (const text of ['ما عم لاقي شغل بهالبلد', 'ما عم افهم شو بدهم مني', 'власник ніяк не реагує на мої листи']) {
    it(`stays ordinary: ${text}`, () => expect(u.crisis(text)).to.equal(null));
  }
  for (const text of ['ابني ما عم يتنفس', 'бабуся лежить на підлозі і не реагує', 'мама впала і не реагує']) {
    it(`still medical: ${text}`, () => expect(u.crisis(text)).to.deep.equal({ kind: 'medical' }));
  }
});

describe('understand: dangerSignal(): a word that may mean danger, where no crisis phrase matched', () => {
  const u = understanding();
  for (const text of ['ik heb een doos pillen voor me liggen', 'er ligt een touw in de schuur en ik denk er steeds aan', 'there is a rope in my garage and i keep thinking about it']) {
    it(`"${text}": no crisis, a safety line`, () => {
      expect(u.crisis(text)).to.equal(null);
      expect(u.dangerSignal(text)).to.equal(true);
    });
  }
  it('not when a crisis phrase matched (the crisis message says it all)', () => {
    expect(u.crisis('ik wil dood')).to.not.equal(null);
    expect(u.dangerSignal('ik wil dood')).to.equal(false);
  });
  for (const text of ['ik heb schulden bij de energie', 'mijn zoon luistert niet', '']) {
    it(`not for "${text}"`, () => expect(u.dangerSignal(text)).to.equal(false));
  }
  // the signal words of another language count only in a message written in it: the English
  // "die", "hit" and "hang" are ordinary Dutch ("die", "hit", "hang")
  for (const text of ['nee er is niemand die mij helpt met lezen', 'de buurvrouw die mij helpt', 'ik ga zaterdag naar een hit-concert']) {
    it(`not for the Dutch "${text}" (an English signal word)`, () => expect(u.dangerSignal(text)).to.equal(false));
  }
  it('an English signal word still counts in English', () => expect(u.dangerSignal('there is a rope in my garage')).to.equal(true));
});

describe('understand: crisis() in Turkish, Arabic, Polish and Ukrainian, round 2: hoarded pills, dialect negation, strangers, past violence', () => {
  const u = understanding();
  const cases: [string, CrisisKind, boolean][] = [
    ['bu hayattan gitmek istiyorum, artik dayanamiyorum', 'suicide', false],
    ['eski sevgilim evin önünde, beni gebertecegini söyledi', 'violence', false],
    ['üvey babam geceleri odama giriyor', 'child', false],
    ['arkadaşım köprünün korkuluğunda duruyor, atlayacak gibi', 'suicide', true],
    ['yan dairedeki çocuklar üç gündür yalnız, aç ağlıyorlar', 'child', true],
    ['جمعت الحبوب كلها وناوية نشربهم الليلة', 'suicide', false],
    ['صاحبي كتب أنه غادي ينهي حياتو الليلة', 'suicide', true],
    ['جدتي طاحت ف الحمام وما كتفيقش', 'medical', false],
    ['أمي وقعت وما عم تحكي ونص وجها مايل', 'medical', false],
    ['nazbierałam tabletek nasennych i chcę je wszystkie połknąć', 'suicide', false],
    ['kolega stoi na dachu bloku i mówi, że skoczy', 'suicide', true],
    ['widziałam jak facet w parku bije małego chłopca pasem', 'child', true],
    ['накопичила снодійне, вип\'ю все одразу', 'suicide', false],
    ['бачила як чоловік на вулиці б\'є маленьку дитину', 'child', true],
  ];
  dangerCases(u, cases);
  ordinaryCases(u, [
    'eski kocam yıllar önce beni dövüyordu, şimdi boşandık ve iyiyim',
    'زمان كان راجلي كيضربني، دابا طلقنا والحمد لله',
    'ابني طاح فالمدرسة وعندو كدمات فرجلو',
    'kiedyś mąż mnie bił, ale rozwiodłam się i jest dobrze',
    'zbieram leki dla mamy, musi je wziąć rano',
    'колись чоловік мене бив, але ми розлучились і все добре',
    'зібрала всі ліки в одну коробку, як їх правильно приймати одразу вранці?',
  ]);
});

describe('understand: crisis() in Dutch and English, round 2: plans, threats, children in the cold, bystanders', () => {
  const u = understanding();
  // [text, kind, bystander]
  const danger: [string, CrisisKind, boolean][] = [
    ['ik heb al mijn slaappillen gespaard, het zijn er nu genoeg', 'suicide', false],
    ['ik wacht op de intercity om ervoor te springen', 'suicide', false],
    ['mijn kinderen zijn beter af zonder mij', 'suicide', false],
    ['ik overweeg om van de brug te springen', 'suicide', false],
    ['hij zegt dat ik hier niet levend uitkom', 'violence', false],
    ['mijn ex staat buiten en zegt dat hij me te pakken krijgt', 'violence', false],
    ['help me man is gek geworde hij heeft n mes en ik zit met de kids in de slaapkamer', 'violence', false],
    ['mijn broer heeft een pistool op me gericht', 'violence', false],
    ['er staan jongens met messen bij mijn voordeur', 'violence', false],
    ['ik sla mijn kinderen steeds vaker en harder', 'child', false],
    ['mijn oom komt s nachts in mijn kamer en ik durf het aan niemand te vertellen', 'child', false],
    ['mijn dochter van 2 heeft een knoopcel doorgeslikt', 'medical', false],
    ['mijn vader heeft ineens een scheef gezicht en praat raar', 'medical', false],
    ['het jongetje van hiernaast staat in de vrieskou in zijn onderbroek op het balkon', 'child', true],
    ['de baby van de bovenburen huilt al twee dagen aan een stuk en ik zie niemand', 'child', true],
    ['me vriend zit op t dak van de flat en zegt hij springt', 'suicide', true],
    ['mijn moeder heeft al haar slaappillen ingenomen omdat ze niet meer wil', 'suicide', true],
    ['ik zie op straat twee mannen iemand in elkaar trappen', 'violence', true],
    ['bij de bovenburen hoor ik een vrouw die huilt en om hulp roept', 'violence', true],
    ['mijn kleinzoon heeft brandwonden van sigaretten op zijn arm', 'child', true],
    ['I wrote letters to my family and I am going to do it tonight', 'suicide', false],
    ['been standing at the canal for an hour thinking of jumping in', 'suicide', false],
    ['I took 40 paracetamol an hour ago', 'suicide', false],
    ['my husband says he will kill me if I leave', 'violence', false],
    ['my sister texted me that she took all her pills and now she does not answer', 'suicide', true],
    ['there is a man stabbing someone outside the shop', 'violence', true],
    ['someone is being stabbed outside my house', 'violence', true],
    ['ik wil nie meer, heb een touw gekocht', 'suicide', false],
    ['die gast van boven staat op het balkon en wil springen', 'suicide', true],
    ['me zus haar vriend heeft haar in elkaar geslagen', 'violence', true],
    ["my mate's on the roof saying he'll jump", 'suicide', true],
    ['my dad is drunk and hitting my mum', 'violence', true],
    ['my son swallowed a battery', 'medical', false],
  ];
  dangerCases(u, danger);
  const ordinary = [
    'vroeger werd ik thuis geslagen, daar heb ik nu therapie voor',
    'vorig jaar is er in onze straat iemand doodgestoken, sindsdien voel ik me onveilig',
    'mijn dochter zegt dat ze dood gaat van schaamte als ik haar naar school breng',
    'in het spel moet je van een dak springen om het level te halen',
    'ik ga straks voor de trein van half negen',
    'ik sla mijn kinderen nooit, maar ik word wel snel boos',
    'de kinderen spelen in hun pyjama op het balkon',
    'ik laat me niet te pakken nemen door die oplichters',
    'ik heb al mijn medicijnen gespaard in een doosje voor de vakantie',
    'mijn dochter verveelt zich dood op school',
    'we watched a movie where a guy jumps off a bridge',
    'my daughter got hit in the face with a ball at football',
    'my brother says he will kill me if I eat his cake haha',
    'the rope is ready for the tug of war',
  ];
  ordinaryCases(u, ordinary);
});

describe('understand: crisis() — a negated blow is no crisis (Arabic "ما بيضربني", Turkish "vurmuyor"); the blow itself still is', () => {
  const u = understanding();
  for (const text of ['جوزي بيصرخ علي وبيهينني قدام الولاد، ما بيضربني بس تعبت', 'Esim bana hakaret ediyor, cocuklarin onunde bagiriyor, vurmuyor ama cok yoruldum', 'kocam beni dövmüyor ama bağırıyor']) {
    it(`no crisis: ${text}`, () => expect(u.crisis(text)).to.equal(null));
  }
  for (const text of ['جوزي بيضربني كل يوم', 'kocam beni vuruyor']) {
    it(`still violence: ${text}`, () => expect(u.crisis(text)?.kind).to.equal('violence'));
  }
});

describe('understand: crisis() in the past (crisis.verleden) and now again (crisis.nu)', () => {
  const u = understanding();
  const over: [string, CrisisKind][] = [
    ['jaren geleden ben ik verkracht. ik ben nu in therapie en het gaat beter', 'violence'],
    ['mijn stiefvader sloeg me vroeger maar die is al lang weg', 'child'],
    ['toen ik klein was werd ik mishandeld, kan ik daar nog over praten?', 'violence'],
    ['I was in an abusive relationship years ago, I want to talk to someone', 'violence'],
    ['yıllar önce bir arkadaşım intihar etti, okulda konuşma yapacağım', 'suicide'],
    ['Były mąż mnie bił, ale rozwiedliśmy się 7 lat temu', 'violence'],
    // "nu" in another clause says how it is now, not that the danger is back
    ['mijn ex sloeg me vroeger, nu woon ik alleen en veilig', 'violence'],
    // a phrase Dutch knows too ("suicide"): the English time words say it is over
    ['I attempted suicide when I was a teenager, I am 34 now and doing well', 'suicide'],
  ];
  for (const [text, kind] of over) {
    it(`"${text}": ${kind}, in the past (the question first)`, () => expect(u.crisis(text)).to.include({ kind, past: true }));
  }
  const again: [string, CrisisKind][] = [
    ['vroeger sloeg hij me en nu slaat hij me weer', 'violence'],
    ['jaren geleden wilde ik dood en vanavond wil ik het weer', 'suicide'],
    ['my dad used to hit me and tonight he hit me again', 'child'],
    // "weer" anywhere in the sentence
    ['hij sloeg me vroeger, nu doet hij het weer', 'violence'],
    // a sentence of its own: "vroeger" in the first says nothing of the second
    ['vroeger ging het goed. mijn man slaat me', 'violence'],
    // said in so many words: "als kind" is not "als een kind"
    ['help mijn zoon stikt, als een kind iets inslikt wat moet ik doen', 'medical'],
  ];
  for (const [text, kind] of again) {
    it(`"${text}": ${kind}, now`, () => {
      const hit = u.crisis(text);
      expect(hit?.kind).to.equal(kind);
      expect(hit?.past).to.equal(undefined);
    });
  }
});

describe('understand: crisis() look-alikes from blind list danger-24 and talen-9', () => {
  const u = understanding();
  for (const text of ['de dokter zegt ik moet afvallen anders krijg ik een hartinfarct', 'ik ben 12 en mijn vis is dood. ik wil een nieuwe', 'otobüste panik atak geçiriyorum, nefes alamıyorum gibi oluyor sonra geçiyor', 'ik zag helemaal zwart voor mijn ogen van woede toen ik die boete kreeg']) {
    it(`stays ordinary: ${text}`, () => expect(u.crisis(text)).to.equal(null));
  }
  for (const text of ['nefes alamıyorum yardım edin', 'mijn man heeft een hartinfarct en ligt op de grond', 'mijn hond is dood en ik wil niet meer leven', 'ik spring straks', 'zit in de auto in de dichte garage met de motor aan', 'ik zit verstopt in de klerenkast, hij zoekt me', 'de buurman is van de ladder gevallen en hij is niet aanspreekbaar', 'my brother has locked himself in the garage with the car running', 'bütün ilaçlarımı içtim']) {
    it(`still danger: ${text}`, () => expect(u.crisis(text)).to.not.equal(null));
  }
});
