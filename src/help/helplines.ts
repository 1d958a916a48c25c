// Helplines by country, shipped with the extension: Heads Up never fetches anything, so the child
// reads the numbers and addresses as plain text and calls or types them in themselves. Each
// entry says in plain words what it is for. Numbers were checked against the services' own pages
// or recent news in mid-2025; an entry we could not confirm was left out rather than guessed.

export type LanguageCode = 'en' | 'es' | 'fr' | 'qu' | 'ay';

export interface Helpline {
  name: string;
  /** The name in other languages, for a name that is a description rather than a brand. */
  localNames?: Partial<Record<LanguageCode, string>>;
  /** What it is for, for a 9–16-year-old; English always, other languages where the service speaks them. */
  purpose: { en: string } & Partial<Record<LanguageCode, string>>;
  /** Numbers to call, as written in that country. */
  phones?: string[];
  /** How to reach them by text message (SMS): the number, and the word to send if there is one. */
  sms?: { to: string; word?: string };
  /** Web address to type in (plain text: the extension never opens or fetches it). */
  url?: string;
  /** Languages the service answers in. */
  languages: LanguageCode[];
  /** True when the service is for the adults looking after a child, not for the child. */
  forGrownUps?: boolean;
}

const TAKE_IT_DOWN: Helpline = {
  name: 'Take It Down (NCMEC)',
  purpose: {
    en: 'If a nude or sexual photo or video of you from before you were 18 is online, or someone threatens to share one, this free tool helps get it taken down, from any country. You never have to send the picture to anyone.',
    es: 'Si hay en internet una foto o un vídeo tuyo desnudo o sexual de cuando tenías menos de 18 años, o alguien amenaza con compartirlo, esta herramienta gratuita ayuda a que lo quiten, desde cualquier país. Nunca tienes que enviar la imagen a nadie.',
  },
  url: 'takeitdown.ncmec.org',
  languages: ['en'],
};

export const HELPLINES: Readonly<Record<string, readonly Helpline[]>> = {
  US: [
    {
      name: 'NCMEC CyberTipline',
      purpose: {
        en: 'Report someone online who asks you for nude pictures, sends you sexual things or threatens you. It is not your fault, even if you sent something.',
        es: 'Denuncia a quien te pida fotos desnudo o desnuda, te envíe cosas sexuales o te amenace por internet. No es tu culpa, aunque hayas enviado algo.',
      },
      phones: ['1-800-843-5678'],
      url: 'report.cybertip.org',
      languages: ['en'],
    },
    TAKE_IT_DOWN,
    {
      name: 'Childhelp National Child Abuse Hotline',
      purpose: {
        en: 'Call or text a counsellor, day or night, about anything that feels wrong or scary, online or at home. It is free and you do not have to say your name.',
        es: 'Llama o escribe a un consejero, de día o de noche, sobre cualquier cosa que te parezca mal o te dé miedo, en internet o en casa. Es gratis y no tienes que decir tu nombre.',
      },
      phones: ['1-800-422-4453'],
      sms: { to: '1-800-422-4453' },
      url: 'childhelphotline.org',
      languages: ['en', 'es'],
    },
  ],
  GB: [
    {
      name: 'Childline',
      purpose: {
        en: 'Free and private, for anyone under 19. Talk to a counsellor about anything, online or offline, by phone or on their website.',
        es: 'Gratis y confidencial, para menores de 19 años. Habla con un consejero de lo que sea, en internet o fuera, por teléfono o en su web.',
      },
      phones: ['0800 1111'],
      url: 'childline.org.uk',
      languages: ['en'],
    },
    {
      name: 'NSPCC Helpline',
      purpose: {
        en: 'For grown-ups: a parent, carer or teacher who is worried about you can get advice here.',
        es: 'Para adultos: tu madre, tu padre, quien te cuida o un profesor que esté preocupado por ti puede pedir consejo aquí.',
      },
      phones: ['0808 800 5000'],
      url: 'nspcc.org.uk',
      languages: ['en'],
      forGrownUps: true,
    },
  ],
  CA: [
    {
      name: 'Kids Help Phone',
      purpose: {
        en: 'Call or text someone any time, day or night, in English or French. It is free and private.',
        es: 'Llama o escribe a alguien a cualquier hora, de día o de noche, en inglés o en francés. Es gratis y confidencial.',
        fr: 'Appelle ou texte quelqu’un à toute heure, en français ou en anglais. C’est gratuit et confidentiel.',
      },
      phones: ['1-800-668-6868'],
      sms: { to: '686868', word: 'CONNECT' },
      url: 'kidshelpphone.ca',
      languages: ['en', 'fr'],
    },
  ],
  AU: [
    {
      name: 'Kids Helpline',
      purpose: {
        en: 'Free, private counselling for anyone aged 5 to 25, any time, by phone or web chat.',
        es: 'Ayuda gratis y confidencial para personas de 5 a 25 años, a cualquier hora, por teléfono o por chat en su web.',
      },
      phones: ['1800 55 1800'],
      url: 'kidshelpline.com.au',
      languages: ['en'],
    },
  ],
  IE: [
    {
      name: 'Childline (ISPCC)',
      purpose: {
        en: 'Free, any time, for anyone under 18 in Ireland. Call, text or chat online about anything on your mind.',
        es: 'Gratis, a cualquier hora, para menores de 18 años en Irlanda. Llama, escribe un SMS o chatea sobre lo que te preocupe.',
      },
      phones: ['1800 66 66 66'],
      sms: { to: '50101' },
      url: 'childline.ie',
      languages: ['en'],
    },
  ],
  NZ: [
    {
      name: 'Youthline',
      purpose: {
        en: 'For young people from 12: call or text a counsellor, any time. It is free.',
        es: 'Para jóvenes desde los 12 años: llama o escribe un SMS a un consejero, a cualquier hora. Es gratis.',
      },
      phones: ['0800 376 633'],
      sms: { to: '234' },
      url: 'youthline.co.nz',
      languages: ['en'],
    },
  ],
  ES: [
    {
      name: 'Teléfono ANAR de Ayuda a Niños y Adolescentes',
      purpose: {
        en: 'Free and private, day and night, for children and teenagers. You can tell them what is happening, online too.',
        es: 'Gratis y confidencial, de día y de noche, para niños y adolescentes. Puedes contarles lo que te pasa, también en internet.',
      },
      phones: ['900 20 20 10', '116 111'],
      url: 'anar.org',
      languages: ['es'],
    },
  ],
  MX: [
    {
      name: 'Línea de la Vida',
      purpose: {
        en: 'A free line, day and night, to talk to someone when you feel bad, scared or in a crisis.',
        es: 'Línea gratuita, las 24 horas, para hablar con alguien cuando te sientes mal, con miedo o en crisis.',
      },
      phones: ['800 911 2000'],
      languages: ['es'],
    },
    {
      name: 'Emergencias 911',
      purpose: { en: 'If you are in danger right now, call 911.', es: 'Si estás en peligro ahora mismo, llama al 911.' },
      phones: ['911'],
      languages: ['es'],
    },
  ],
  AR: [
    {
      name: 'Línea 102',
      purpose: {
        en: 'A free, private line for children and teenagers, from any phone. Call if something is hurting you or you just need to talk.',
        es: 'Línea gratuita y confidencial para chicas, chicos y adolescentes, desde cualquier teléfono. Llama si algo te hace daño o si solo necesitas hablar.',
      },
      phones: ['102'],
      url: 'argentina.gob.ar/linea-102',
      languages: ['es'],
    },
  ],
  CO: [
    {
      name: 'Línea 141 (ICBF)',
      purpose: {
        en: 'A free line, day and night, to ask for help or tell them if someone is hurting you, online too.',
        es: 'Línea gratuita del ICBF, las 24 horas, para pedir ayuda o contar si alguien te hace daño, también por internet.',
      },
      phones: ['141'],
      url: 'icbf.gov.co',
      languages: ['es'],
    },
  ],
  CL: [
    {
      name: 'Fono Infancia (Fundación Integra)',
      purpose: {
        en: 'For grown-ups: free advice from psychologists for the adults who look after you.',
        es: 'Para los adultos que te cuidan: orientación gratuita de psicólogos.',
      },
      phones: ['800 200 818'],
      url: 'fonoinfancia.cl',
      languages: ['es'],
      forGrownUps: true,
    },
  ],
  PE: [
    {
      name: 'Línea 100',
      purpose: {
        en: 'A free line, day and night, if someone is hurting or abusing you, or you know someone it is happening to.',
        es: 'Línea gratuita, las 24 horas, si alguien te hace daño o abusa de ti, o si sabes de alguien a quien le pasa.',
      },
      phones: ['100'],
      languages: ['es', 'qu', 'ay'],
    },
  ],
};

/** For a country not listed: the shared European number, the world directory, and Take It Down. */
export const FALLBACK_HELPLINES: readonly Helpline[] = [
  {
    name: 'Child helpline 116 111',
    localNames: { es: 'Línea de ayuda a la infancia 116 111' },
    purpose: {
      en: 'In many countries, including most of Europe, 116 111 is a free number where children and young people can talk to someone.',
      es: 'En muchos países, incluida la mayor parte de Europa, el 116 111 es un número gratuito donde niños y jóvenes pueden hablar con alguien.',
    },
    phones: ['116 111'],
    languages: [],
  },
  {
    name: 'Child Helpline International',
    purpose: { en: 'Find the free helpline for children in your country.', es: 'Encuentra la línea de ayuda gratuita para niños de tu país.' },
    url: 'childhelplineinternational.org',
    languages: ['en'],
  },
  TAKE_IT_DOWN,
];

/** A helpline as the child sees it: what it is for, in their language where we have it. */
export interface HelplineForChild extends Omit<Helpline, 'purpose'> {
  purpose: string;
  /** The service answers in the child's language. */
  speaksYourLanguage: boolean;
}

const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * The helplines for a country (ISO 3166 code, e.g. "GB" or "gb"), in the child's language first
 * (a BCP 47 tag such as "es-MX" or just "es"). Take It Down works from every country, so it is
 * added where it is not listed; an unknown country gets the international fallback.
 */
export function helplinesFor(countryCode: string, language: string): HelplineForChild[] {
  const raw = countryCode.trim().toUpperCase();
  const country = COUNTRY_ALIASES[raw] ?? raw;
  const known = HELPLINES[country];
  const list = known ? [...known, ...(known.includes(TAKE_IT_DOWN) ? [] : [TAKE_IT_DOWN])] : [...FALLBACK_HELPLINES];
  const lang = language.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  const speaks = (h: Helpline) => (h.languages as string[]).includes(lang);
  // Stable: within each group the order above (most relevant first) is kept.
  return [...list.filter(speaks), ...list.filter((h) => !speaks(h))].map((h) => ({
    ...h,
    name: h.localNames?.[lang as LanguageCode] ?? h.name,
    purpose: (h.purpose as Partial<Record<string, string>>)[lang] ?? h.purpose.en,
    speaksYourLanguage: speaks(h),
  }));
}
