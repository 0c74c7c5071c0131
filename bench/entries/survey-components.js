// SurveyJS's library, renderer and stylesheet: what the size row measures.
export { Model } from 'survey-core';
export { renderSurvey } from 'survey-js-ui';
export { default as css } from 'survey-core/survey-core.fontless.min.css';
