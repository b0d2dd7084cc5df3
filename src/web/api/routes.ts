import type { z } from 'zod';
import type * as accounts from '../../contracts/accounts.js';
import type * as backup from '../../contracts/backup.js';
import type * as calendar from '../../contracts/calendar.js';
import type * as common from '../../contracts/common.js';
import type * as dashboard from '../../contracts/dashboard.js';
import type * as followups from '../../contracts/followups.js';
import type * as health from '../../contracts/health.js';
import type * as imports from '../../contracts/imports.js';
import type * as interviews from '../../contracts/interviews.js';
import type * as notes from '../../contracts/notes.js';
import type * as offers from '../../contracts/offers.js';
import type * as opportunities from '../../contracts/opportunities.js';
import type * as people from '../../contracts/people.js';
import type * as postings from '../../contracts/postings.js';
import type * as practice from '../../contracts/practice.js';
import type * as prep from '../../contracts/prep.js';
import type * as priorities from '../../contracts/priorities.js';
import type * as questions from '../../contracts/questions.js';
import type * as research from '../../contracts/research.js';
import type * as search from '../../contracts/search.js';
import type * as settings from '../../contracts/settings.js';
import type * as sharing from '../../contracts/sharing.js';
import type { ApplicationRow } from '../../core/reports/applications.js';

/*
 * Every JSON route the web app calls, keyed `METHOD /api/path/:param`, with the zod contracts of its
 * params, query, body and response. Types only: the first download must not carry zod.
 * `api()` in `client.ts` reads it; `routes.test.ts` checks it against `/api/openapi.json`.
 * Downloads (calendar.ics, vCards, CSV, the brief, the export) are links, not `api()` calls.
 * A schema is given as `typeof schema` (or a plain type where the route builds its schema inline);
 * an optional `body?` means the route takes no body or one the client may leave out.
 */
type In<S> = S extends z.ZodType ? z.input<S> : S;
type Out<S> = S extends z.ZodType ? z.output<S> : S;

interface Schemas {
  // accounts/routes.ts
  'GET /api/auth/me': { response: typeof accounts.Me };
  'POST /api/auth/login': { body: typeof accounts.Login; response: typeof accounts.Me };
  'POST /api/auth/logout': { response: undefined };
  'POST /api/auth/logout-everywhere': { response: typeof accounts.RevokedCount };
  'GET /api/auth/sessions': { response: typeof accounts.SessionList };
  'DELETE /api/auth/sessions/:id': { params: typeof accounts.SessionParams; response: undefined };
  'POST /api/auth/password': { body: typeof accounts.ChangePassword; response: undefined };
  'POST /api/auth/accept-invitation': { body: typeof accounts.AcceptInvitation; response: typeof accounts.Me };
  'POST /api/auth/reset-password': { body: typeof accounts.ResetPassword; response: undefined };
  'POST /api/account/delete': { body: typeof accounts.DeleteAccount; response: undefined };
  'POST /api/admin/invitations': { body: typeof accounts.CreateInvitation; response: typeof accounts.CreatedInvitation };
  'GET /api/admin/users': { response: typeof accounts.UserList };
  'PATCH /api/admin/users/:id': { params: typeof common.IdParams; body: typeof accounts.UpdateUser; response: typeof accounts.AccountUser };
  'DELETE /api/admin/users/:id': { params: typeof common.IdParams; response: undefined };
  'POST /api/admin/users/:id/reset-link': { params: typeof common.IdParams; response: typeof accounts.IssuedLink };

  // accounts/sharing-routes.ts
  'GET /api/shares': { response: typeof sharing.ShareLists };
  'POST /api/shares': { body: typeof sharing.CreateShare; response: typeof sharing.Share };
  'DELETE /api/shares/:id': { params: typeof common.IdParams; response: undefined };
  'GET /api/shares/:id/content': { params: typeof common.IdParams; response: typeof sharing.SharedContent };
  'GET /api/shares/:id/comments': { params: typeof common.IdParams; response: typeof sharing.CommentList };
  'POST /api/shares/:id/comments': { params: typeof common.IdParams; body: typeof sharing.CreateComment; response: typeof sharing.Comment };
  'GET /api/comments': { query: typeof sharing.CommentsQuery; response: typeof sharing.CommentList };

  // backup/routes.ts
  'POST /api/restore/preview': { body: typeof backup.RestoreUpload; response: typeof backup.BackupPreview };
  'POST /api/restore': { body: typeof backup.RestoreUpload; response: typeof backup.RestoreResult };
  'GET /api/backups': { response: typeof backup.BackupOverview };
  'POST /api/backups': { response: typeof backup.BackupOverview };
  'POST /api/backups/preview': { body: typeof backup.BackupName; response: typeof backup.BackupPreview };
  'POST /api/backups/restore': { body: typeof backup.BackupName; response: typeof backup.RestoreResult };
  'POST /api/erase': { body: typeof backup.EraseRequest; response: typeof backup.EraseResult };

  // calendar/routes.ts
  'GET /api/calendar/feeds': { response: typeof calendar.CalendarFeedList };
  'POST /api/calendar/feeds': { body?: In<typeof calendar.CreateCalendarFeed> | null; response: typeof calendar.CreatedCalendarFeed };
  'DELETE /api/calendar/feeds/:id': { params: typeof common.IdParams; response: undefined };

  // dashboard/routes.ts
  'GET /api/dashboard': { query: typeof dashboard.DashboardQuery; response: typeof dashboard.Dashboard };

  // exports/routes.ts
  'GET /api/reports/applications': { query: { from: string; to: string; format?: 'json' }; response: { items: ApplicationRow[] } };

  // followups/routes.ts
  'GET /api/opportunities/:id/follow-ups': {
    params: typeof common.IdParams;
    query: typeof followups.FollowUpsQuery;
    response: typeof followups.FollowUps;
  };
  'PATCH /api/follow-ups/thank-you/:interviewId/:personId': {
    params: typeof followups.ThankYouParams;
    query: typeof followups.FollowUpsQuery;
    body: typeof followups.PatchFollowUp;
    response: typeof followups.FollowUps;
  };
  'PATCH /api/follow-ups/check-in/:opportunityId/:sequence': {
    params: typeof followups.CheckInParams;
    query: typeof followups.FollowUpsQuery;
    body: typeof followups.PatchFollowUp;
    response: typeof followups.FollowUps;
  };
  'GET /api/next-actions': { query: typeof followups.NextActionsListQuery; response: typeof followups.NextActions };
  'GET /api/next-actions/counts': { query: typeof followups.NextActionsQuery; response: typeof followups.NextActionCountsResponse };
  'GET /api/follow-up-settings': { response: typeof followups.FollowUpSettings };
  'PATCH /api/follow-up-settings': { body: typeof followups.UpdateFollowUpSettings; response: typeof followups.FollowUpSettings };

  // health/routes.ts
  'GET /api/health': { response: typeof health.Health };

  // interviews/routes.ts
  'GET /api/opportunities/:id/interviews': { params: typeof common.IdParams; response: typeof interviews.InterviewList };
  'POST /api/opportunities/:id/interviews': {
    params: typeof common.IdParams;
    body: typeof interviews.CreateInterview;
    response: typeof interviews.Interview;
  };
  'GET /api/interviews': { query: typeof interviews.InterviewsQuery; response: typeof interviews.InterviewList };
  'POST /api/interviews/parse-invitation': { body: typeof interviews.ParseInvitation; response: typeof interviews.InvitationDraft };
  'GET /api/interviews/:id': { params: typeof common.IdParams; response: typeof interviews.Interview };
  'PATCH /api/interviews/:id': {
    params: typeof common.IdParams;
    body: typeof interviews.UpdateInterview;
    response: typeof interviews.Interview;
  };
  'PATCH /api/interviews/:id/checklist/:checklistItemId': {
    params: typeof interviews.ChecklistItemParams;
    body: typeof interviews.SetChecklistItem;
    response: typeof interviews.Interview;
  };
  'DELETE /api/interviews/:id': { params: typeof common.IdParams; response: typeof interviews.Interview };
  'POST /api/interviews/:id/restore': { params: typeof common.IdParams; response: typeof interviews.Interview };
  'POST /api/interviews/:id/conversations': {
    params: typeof common.IdParams;
    body: typeof interviews.CreateConversation;
    response: typeof interviews.Conversation;
  };
  'PATCH /api/conversations/:id': {
    params: typeof common.IdParams;
    body: typeof interviews.UpdateConversation;
    response: typeof interviews.Conversation;
  };
  'DELETE /api/conversations/:id': { params: typeof common.IdParams; response: undefined };
  'GET /api/opportunities/:id/concerns': { params: typeof common.IdParams; response: typeof interviews.ConcernList };
  'POST /api/opportunities/:id/concerns': {
    params: typeof common.IdParams;
    body: typeof interviews.CreateConcern;
    response: typeof interviews.Concern;
  };
  'GET /api/interviews/:id/concerns': { params: typeof common.IdParams; response: typeof interviews.ConcernList };
  'PATCH /api/concerns/:id': { params: typeof common.IdParams; body: typeof interviews.UpdateConcern; response: typeof interviews.Concern };
  'DELETE /api/concerns/:id': { params: typeof common.IdParams; response: undefined };
  'GET /api/interviews/:id/reflection': { params: typeof common.IdParams; response: typeof interviews.Reflection };
  'PUT /api/interviews/:id/reflection': {
    params: typeof common.IdParams;
    body: typeof interviews.PutReflection;
    response: typeof interviews.Reflection;
  };

  // notes/routes.ts
  'PUT /api/notes/:id': { params: typeof common.IdParams; body: typeof notes.PutNote; response: typeof notes.PutNoteResult };
  'GET /api/interviews/:id/notes': { params: typeof common.IdParams; response: typeof notes.NoteList };

  // offers/routes.ts
  'GET /api/opportunities/:id/offer': { params: typeof common.IdParams; response: z.ZodNullable<typeof offers.Offer> };
  'PUT /api/opportunities/:id/offer': { params: typeof common.IdParams; body: typeof offers.PutOffer; response: typeof offers.Offer };
  'DELETE /api/opportunities/:id/offer': { params: typeof common.IdParams; response: undefined };
  'GET /api/offers/compare': { query: typeof offers.CompareQuery; response: typeof offers.OfferComparison };
  'POST /api/opportunities/:id/offer/accept': {
    params: typeof common.IdParams;
    body?: In<typeof offers.ClosingNoteOptions> | null;
    response: typeof offers.OfferDecision;
  };
  'GET /api/opportunities/:id/offer/closing-notes': {
    params: typeof common.IdParams;
    query: Pick<In<typeof offers.ClosingNoteOptions>, 'tone'>;
    response: typeof offers.OfferDecision;
  };
  'POST /api/opportunities/:id/offer/decline': {
    params: typeof common.IdParams;
    body?: In<typeof offers.ClosingNoteOptions> | null;
    response: typeof offers.OfferDecision;
  };
  'POST /api/opportunities/:id/offer/reopen': { params: typeof common.IdParams; response: typeof offers.Offer };

  // opportunities/routes.ts
  'GET /api/opportunities': { query: typeof opportunities.ListOpportunitiesQuery; response: typeof opportunities.OpportunityList };
  'POST /api/opportunities': { body: typeof opportunities.CreateOpportunity; response: typeof opportunities.Opportunity };
  'POST /api/opportunities/sample': { response: typeof opportunities.Opportunity };
  'GET /api/opportunities/:id': { params: typeof common.IdParams; response: typeof opportunities.Opportunity };
  'PATCH /api/opportunities/:id': {
    params: typeof common.IdParams;
    body: typeof opportunities.UpdateOpportunity;
    response: typeof opportunities.Opportunity;
  };
  'POST /api/opportunities/:id/archive': { params: typeof common.IdParams; response: typeof opportunities.Opportunity };
  'POST /api/opportunities/:id/unarchive': { params: typeof common.IdParams; response: typeof opportunities.Opportunity };
  'DELETE /api/opportunities/:id': { params: typeof common.IdParams; response: undefined };
  'GET /api/opportunities/:id/timeline': { params: typeof common.IdParams; response: typeof opportunities.Timeline };

  // people/routes.ts
  'GET /api/people': { query: typeof people.PeopleQuery; response: typeof people.PersonList };
  'POST /api/people': { body: typeof people.CreatePerson; response: typeof people.Person };
  'POST /api/people/import': { body: typeof people.ImportPeople; response: typeof people.PersonList };
  'GET /api/people/:id': { params: typeof common.IdParams; response: typeof people.Person };
  'PATCH /api/people/:id': { params: typeof common.IdParams; body: typeof people.UpdatePerson; response: typeof people.Person };
  'DELETE /api/people/:id': { params: typeof common.IdParams; response: undefined };
  'PUT /api/opportunities/:id/people/:personId': { params: typeof people.LinkParams; response: undefined };
  'DELETE /api/opportunities/:id/people/:personId': { params: typeof people.LinkParams; response: undefined };

  // postings/routes.ts
  'POST /api/postings/preview': { body: typeof postings.CapturePostingRequest; response: typeof postings.PostingPreview };
  'GET /api/opportunities/:id/posting': { params: typeof common.IdParams; response: z.ZodNullable<typeof postings.PostingCopy> };
  'PUT /api/opportunities/:id/posting': {
    params: typeof common.IdParams;
    body: typeof postings.SavePostingCopy;
    response: typeof postings.PostingCopy;
  };

  // practice/routes.ts
  'GET /api/prompts': { response: typeof practice.PromptList };
  'GET /api/prompts/:id': { params: typeof practice.PromptParams; response: typeof practice.Prompt };
  'GET /api/prompts/:id/story-suggestions': {
    params: typeof practice.PromptParams;
    query: typeof practice.StorySuggestionsQuery;
    response: typeof practice.StorySuggestionList;
  };
  'GET /api/answers': { query: typeof practice.AnswersQuery; response: typeof practice.AnswerList };
  'POST /api/answers': { body: typeof practice.CreateAnswer; response: typeof practice.AnswerDetail };
  'GET /api/answers/:id': { params: typeof common.IdParams; response: typeof practice.AnswerDetail };
  'POST /api/answers/:id/versions': {
    params: typeof common.IdParams;
    body: typeof practice.CreateAnswerVersion;
    response: typeof practice.AnswerDetail;
  };
  'DELETE /api/answers/:id': { params: typeof common.IdParams; response: undefined };
  'GET /api/stories': { response: typeof practice.StoryList };
  'POST /api/stories': { body: typeof practice.CreateStory; response: typeof practice.Story };
  'PATCH /api/stories/:id': { params: typeof common.IdParams; body: typeof practice.UpdateStory; response: typeof practice.Story };
  'DELETE /api/stories/:id': { params: typeof common.IdParams; response: undefined };
  'POST /api/rehearsals': { body: typeof practice.CreateRehearsal; response: typeof practice.Rehearsal };
  'GET /api/rehearsals': { query: typeof practice.RehearsalsQuery; response: typeof practice.RehearsalList };
  'GET /api/practice/weakest': { query: typeof practice.WeakestQuery; response: typeof practice.WeakestList };
  'POST /api/coach/analyze': { body: typeof practice.AnalyzeRequest; response: typeof practice.Analysis };

  // prep/routes.ts
  'GET /api/opportunities/:id/prep-plan': {
    params: typeof common.IdParams;
    query: typeof prep.PrepPlanQuery;
    response: typeof prep.OpportunityPrepPlan;
  };
  'GET /api/prep-plans': { query: typeof prep.PrepPlanQuery; response: typeof prep.PrepPlanList };

  // priorities/routes.ts
  'GET /api/priorities': { response: typeof priorities.PriorityList };
  'PUT /api/priorities': { body: typeof priorities.PriorityList; response: typeof priorities.PriorityList };
  'GET /api/opportunities/:id/fit': { params: typeof common.IdParams; response: typeof priorities.Fit };
  'PUT /api/opportunities/:id/fit': { params: typeof common.IdParams; body: typeof priorities.UpdateFit; response: typeof priorities.Fit };

  // questions/routes.ts
  'GET /api/questions': { query: typeof questions.QuestionLibraryQuery; response: typeof questions.QuestionLibrary };
  'POST /api/questions': { body: typeof questions.CreateQuestion; response: typeof questions.LibraryQuestion };
  'PATCH /api/questions/:id': {
    params: typeof questions.QuestionIdParams;
    body: typeof questions.UpdateQuestion;
    response: typeof questions.LibraryQuestion;
  };
  'DELETE /api/questions/:id': { params: typeof questions.QuestionIdParams; response: undefined };
  'GET /api/opportunities/:id/question-plan': { params: typeof common.IdParams; response: typeof questions.QuestionPlan };
  'PATCH /api/opportunities/:id/question-plan': {
    params: typeof common.IdParams;
    body: typeof questions.UpdatePlan;
    response: typeof questions.QuestionPlan;
  };
  'POST /api/opportunities/:id/question-plan/items': {
    params: typeof common.IdParams;
    body: typeof questions.AddPlanItem;
    response: typeof questions.QuestionPlan;
  };
  'POST /api/opportunities/:id/question-plan/distribute': {
    params: typeof common.IdParams;
    body: typeof questions.DistributePlan;
    response: typeof questions.QuestionPlan;
  };
  'PUT /api/opportunities/:id/question-plan/interviewers': {
    params: typeof common.IdParams;
    body: typeof questions.SetPlanInterviewers;
    response: typeof questions.QuestionPlan;
  };
  'PATCH /api/question-plan-items/:id': {
    params: typeof common.IdParams;
    body: typeof questions.UpdatePlanItem;
    response: typeof questions.QuestionPlan;
  };
  'DELETE /api/question-plan-items/:id': { params: typeof common.IdParams; response: undefined };
  'GET /api/opportunities/:id/housekeeping': { params: typeof common.IdParams; response: typeof questions.Housekeeping };
  'PUT /api/opportunities/:id/housekeeping': {
    params: typeof common.IdParams;
    body: typeof questions.UpdateHousekeeping;
    response: typeof questions.Housekeeping;
  };

  // imports/routes.ts
  'POST /api/imports/csv/preview': { body: typeof imports.CsvUpload; response: typeof imports.CsvPreview };
  'POST /api/imports/csv': { body: typeof imports.CsvImport; response: typeof imports.CsvImportResult };
  'GET /api/imports': { response: typeof imports.ImportList };
  'DELETE /api/imports/:id': { params: typeof common.IdParams; response: typeof imports.UndoResult };

  // research/routes.ts
  'GET /api/opportunities/:id/research': { params: typeof common.IdParams; response: typeof research.Research };
  'POST /api/employers/:employerId/facts': {
    params: { employerId: string };
    body: typeof research.CreateFact;
    response: typeof research.Fact;
  };
  'PATCH /api/facts/:id': { params: typeof common.IdParams; body: typeof research.UpdateFact; response: typeof research.Fact };
  'DELETE /api/facts/:id': { params: typeof common.IdParams; response: undefined };

  // search/routes.ts
  'GET /api/search': { query: typeof search.SearchQuery; response: typeof search.SearchResults };

  // settings/routes.ts
  'GET /api/settings': { response: typeof settings.Settings };
  'PATCH /api/settings': { body: typeof settings.UpdateSettings; response: typeof settings.Settings };
}

/** A route's key, e.g. `'GET /api/opportunities/:id'`. */
export type RouteKey = keyof Schemas;

/** What a route takes and answers, in the types the client sends (`z.input`) and receives (`z.output`). */
export type Route<K extends RouteKey> = {
  [P in keyof Schemas[K]]: P extends 'response' ? Out<Schemas[K][P]> : In<Schemas[K][P]>;
};
