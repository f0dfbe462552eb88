/** One entry point for every calibration format. */
import type { Calibration } from '../../contracts/calibration.ts';
import { dispatcher } from '../dispatch.ts';
import { renderCalibrationHtml } from './render-calibration-html.ts';
import { renderCalibrationMarkdown } from './render-calibration-markdown.ts';
import { renderCalibrationText } from './render-calibration-text.ts';

export const renderCalibration = dispatcher<Calibration>({ text: renderCalibrationText, md: renderCalibrationMarkdown, html: renderCalibrationHtml });
