// A job's photos put online: the firm's one policy on photos, not the supplier whose app took or holds them.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, theOnly } from '../quoted-policies.ts';

/**
 * Photos of a job put on our socials, told: "can i put the before and afters on insta?", "can i stick the before n after of that
 * club foot on my insta", "ok to post the pics of the finished kitchen on facebook?", "the fitter took photos inside a customer's
 * house and posted them on his facebook". The photos are named (a bare "stick it on
 * insta" may be the opening hours), and where they go is social media or the website.
 */
const JOB_PHOTOS_POSTED = /\b(?:put|stick|post|share|upload|pop|use)\s+(?:up\s+)?(?:(?:the|a|some|my|our|those|these|that|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:before(?:\s+(?:and|n|&)\s+|-and-|\/)afters?|photos?|pics?|pictures?|videos?)\b[^.?!]{0,40}?\b(?:on|onto|to)\s+(?:(?:my|our|the)\s+)?(?:own\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|socials|social media|website)\b|\b(?:took|taken|taking|snapped)\s+(?:some\s+|a few\s+|an?\s+)?(?:photos?|pics?|pictures?|videos?)\b[^.?!]{0,60}?\b(?:posted|put|stuck|shared|uploaded)\s+(?:them|it|those)\s+(?:up\s+)?(?:on|onto|to)\s+(?:(?:my|our|the|his|her|their)\s+)?(?:own\s+)?(?:insta(?:gram)?|facebook|fb|tiktok|socials|social media|website)\b/i;

/** A policy on photos, by its title: "Photos of clients' homes and premises", "Photos of horses and yards on social media". */
const PHOTOS_POLICY = /\bphotos?\b|\bpictures?\b|\bsocial media\b/i;

/** A job's photos put online: the firm's one policy titled on photos, where it has one. */
export function jobPhotosPostedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return JOB_PHOTOS_POSTED.test(question) ? theOnly(policiesByTitle(ctx, PHOTOS_POLICY)) : undefined;
}
