import { list, matches, object, optional, text, type Check } from '../core/schema.js';
import { COMMON_EN, quote, type CommonWords } from '../core/warn.js';

export interface Benefit {
  id: string;
  title: string;
  body: string;
}

export interface CareLevel {
  id: 'weekly' | 'iop' | 'php' | 'inpatient';
  name: string;
  hours: string;
  detail: string;
}

export interface BenefitsContent {
  heading: string;
  about: string[];
  ladderHeading: string;
  ladderCaption: string;
  /** The mark on the IOP rung: the program the page is about. */
  ladderCurrent: string;
  levels: CareLevel[];
  benefitsHeading: string;
  benefits: Benefit[];
}

/**
 * The explainer's text, written for visitors at about an 8th-grade reading level. Facts follow
 * ASAM's levels of care: weekly outpatient under 9 hours a week, IOP 9-19 (6-19 for teens),
 * partial hospitalization 20 or more, then 24-hour care. The last paragraph of `about` says what
 * an IOP is not (clinical.md: admission needs someone who is not actively suicidal and can live
 * safely at home), with where to turn instead.
 */
export const DEFAULT_CONTENT: BenefitsContent = {
  heading: 'How an Intensive Outpatient Program (IOP) can help',
  about: [
    'An Intensive Outpatient Program (IOP) is a step up from weekly therapy. You go to therapy and group sessions a few hours a day, several days a week, and keep living at home. Many people keep working or going to school.',
    'An IOP can help when weekly therapy is not enough, when symptoms get worse, or after a hospital stay.',
    'An IOP is not emergency care. If you are thinking about suicide or are not safe right now, call or text 988. In an emergency, call 911.',
  ],
  ladderHeading: 'Where an IOP fits',
  ladderCaption: 'Levels of care, from the least support to the most',
  ladderCurrent: 'This program',
  levels: [
    { id: 'weekly', name: 'Weekly therapy', hours: 'Less than 9 hours a week', detail: 'Usually one session a week.' },
    {
      id: 'iop',
      name: 'Intensive outpatient (IOP)',
      hours: '9 to 19 hours a week for adults, 6 to 19 for teens',
      detail: 'Often 3 hours a day, 3 to 5 days a week. You live at home.',
    },
    {
      id: 'php',
      name: 'Partial hospitalization',
      hours: '20 or more hours a week',
      detail: 'Most of the day, most days. You sleep at home.',
    },
    { id: 'inpatient', name: 'Inpatient or residential', hours: 'Care day and night', detail: 'You stay in a hospital or treatment center.' },
  ],
  benefitsHeading: 'What an IOP offers',
  benefits: [
    {
      id: 'structure',
      title: 'Structure that fits your life',
      body: 'A steady schedule gives your days routine and helps you stay on track, while you still take care of work, school and family.',
    },
    {
      id: 'evidence-based',
      title: 'Therapies backed by research',
      body: 'Programs often use therapies backed by research, such as cognitive behavioral therapy (CBT), dialectical behavior therapy (DBT) and acceptance and commitment therapy (ACT). Many are also trauma-informed: the team keeps in mind how hard experiences can affect you. These therapies help you spot unhelpful thoughts, calm strong feelings and cope better.',
    },
    {
      id: 'peer-support',
      title: 'Support from people who understand',
      body: 'In groups you meet people going through similar things. Sharing and listening can ease loneliness and stigma, and you learn from each other.',
    },
    {
      id: 'skills',
      title: 'Skills for everyday life',
      body: 'Classes teach practical ways to handle stress, emotions, communication and self-care, so you can take an active part in getting better.',
    },
    {
      id: 'transitions',
      title: 'Help through big changes',
      body: 'An IOP can be a bridge when you go back to work or school, move, or come home from a hospital stay. You try new skills in real life with your team behind you.',
    },
    {
      id: 'family',
      title: 'Family involvement and education',
      body: 'Many programs invite family to sessions or classes, so loved ones understand what you face, talk more openly and make home more supportive.',
    },
    {
      id: 'individualized',
      title: 'A plan made for you',
      body: 'Your team builds a treatment plan around your needs, history and goals, and updates it as you make progress.',
    },
  ],
};

export const BENEFIT_IDS = DEFAULT_CONTENT.benefits.map((benefit) => benefit.id);

/** What the `content` attribute may hold: every key optional. */
export interface ContentOverride {
  heading?: string;
  about?: string[];
  benefits?: Array<{ id: string; title?: string; body?: string }>;
}

const paragraph = text(2000);
const shape = object({
  heading: optional(paragraph),
  about: optional(list(paragraph, 10)),
  benefits: optional(
    list(
      object({ id: matches(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes'), title: optional(paragraph), body: optional(paragraph) }),
      30,
    ),
  ),
});

/**
 * Checks the `content` attribute. All or nothing: a half-applied override could mix the clinic's
 * words with ours mid-sentence, so any problem keeps the defaults and names the problem.
 */
export const checkContent: Check = (data, path) => {
  const problem = shape(data, path);
  if (problem) return problem;
  const seen = new Set<string>();
  for (const item of (data as ContentOverride).benefits ?? []) {
    if (seen.has(item.id)) return `${path}: benefit ${quote(item.id)} appears twice`;
    seen.add(item.id);
    if (!BENEFIT_IDS.includes(item.id) && !(item.title && item.body)) return `${path}: the new benefit ${quote(item.id)} needs a title and a body`;
  }
  return null;
};

/** Applies a validated override: known ids are replaced field by field, new ids are appended. */
export function mergeContent(base: BenefitsContent, override: ContentOverride): BenefitsContent {
  const benefits = base.benefits.map((benefit) => ({ ...benefit }));
  for (const item of override.benefits ?? []) {
    const existing = benefits.find((benefit) => benefit.id === item.id);
    if (existing) {
      existing.title = item.title ?? existing.title;
      existing.body = item.body ?? existing.body;
    } else {
      benefits.push({ id: item.id, title: item.title!, body: item.body! });
    }
  }
  return {
    ...base,
    heading: override.heading ?? base.heading,
    about: override.about ?? base.about,
    benefits,
  };
}

/** Picks benefits by id in the order given; an empty list means all. Unknown ids are returned. */
export function selectBenefits(all: Benefit[], ids: string[]): { benefits: Benefit[]; unknown: string[] } {
  if (ids.length === 0) return { benefits: all, unknown: [] };
  const unknown = ids.filter((id) => !all.some((benefit) => benefit.id === id));
  const unique = [...new Set(ids)];
  const benefits = unique.flatMap((id) => all.filter((benefit) => benefit.id === id));
  return { benefits: benefits.length > 0 ? benefits : all, unknown };
}

/** Everything <iop-benefits> says, in one language. */
export interface BenefitsTexts extends CommonWords {
  content: BenefitsContent;
}

export const BENEFITS_EN: BenefitsTexts = { ...COMMON_EN, content: DEFAULT_CONTENT };
