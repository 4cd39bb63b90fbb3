import { describe, expect, it } from 'vitest';
import { applicableQuestions, splitByApplicability, type Answers } from '@/domain/questions';
import { completeAnswers } from '../support/answers';

const ids = (a: Answers) => applicableQuestions(a).map((q) => q.id);

describe('branching', () => {
  it('asks health questions only when health data or the healthcare sector is involved', () => {
    const health = ['phiInvolved', 'diagnosticUse'];
    expect(ids(completeAnswers)).not.toEqual(expect.arrayContaining([health[0]]));
    expect(ids({ ...completeAnswers, industry: 'healthcare' })).toEqual(expect.arrayContaining(health));
    expect(ids({ ...completeAnswers, sensitiveData: ['health'] })).toEqual(expect.arrayContaining(health));
    expect(ids({ ...completeAnswers, industry: 'healthcare' })).not.toContain('baaAvailable');
    expect(ids({ ...completeAnswers, industry: 'healthcare', phiInvolved: 'yes' })).toContain('baaAvailable');
  });

  it('asks GDPR questions only when EU users or data subjects are involved, and never the retired AI Act one', () => {
    expect(ids(completeAnswers)).not.toContain('euPersonalData');
    const eu = { ...completeAnswers, regions: ['us', 'eu'] };
    expect(ids(eu)).toContain('euPersonalData');
    // The EU AI Act class follows from highStakes and the regions: it is not asked twice.
    expect(ids(eu)).not.toContain('euAiActUses');
    expect(ids(eu)).not.toContain('euResidency');
    expect(ids({ ...eu, euPersonalData: 'yes' })).toContain('euResidency');
  });

  it('asks HIPAA questions only for US health work, and US states only with US users', () => {
    const health = { ...completeAnswers, industry: 'healthcare' };
    expect(ids({ ...health, regions: ['eu'] })).not.toContain('phiInvolved');
    expect(ids({ ...health, regions: ['eu', 'uk', 'other'] })).not.toContain('phiInvolved');
    expect(ids({ ...health, regions: ['eu', 'us'] })).toContain('phiInvolved');
    expect(ids({ ...health, regions: ['eu'], phiInvolved: 'yes' })).not.toContain('baaAvailable');
    expect(ids({ ...health, regions: ['us'], phiInvolved: 'not-covered' })).not.toContain('baaAvailable');
    expect(ids({ ...health, regions: ['us'], phiInvolved: 'unsure' })).toContain('baaAvailable');
    expect(ids({ ...completeAnswers, regions: ['eu'] })).not.toContain('usStates');
    expect(ids({ ...completeAnswers, regions: ['us'] })).toContain('usStates');
  });

  it('asks for annotated examples only when fine-tuning is on the table or a consistent style is needed', () => {
    expect(ids(completeAnswers)).not.toContain('labelledExamples');
    expect(ids({ ...completeAnswers, needsConsistentStyle: 'yes' })).toContain('labelledExamples');
    expect(ids({ ...completeAnswers, preferredApproach: 'rag-fine-tune' })).toContain('labelledExamples');
  });

  it('asks agent and tool questions only for agentic workflows', () => {
    const agent = ['agentActions', 'agentCount', 'agentMultiTenant'];
    expect(ids(completeAnswers).filter((id) => agent.includes(id))).toEqual([]);
    expect(ids({ ...completeAnswers, taskCategory: 'agentic-workflow' })).toEqual(
      expect.arrayContaining(agent),
    );
    expect(ids({ ...completeAnswers, autonomy: 'agent' })).toEqual(expect.arrayContaining(agent));
  });

  it('asks document questions only when documents exist', () => {
    expect(ids({ ...completeAnswers, knowledgeDocs: 'no' })).not.toContain('docsStructured');
  });

  it('keeps answers of questions that no longer apply out of the active set, and keeps them aside', () => {
    const { active, inactive } = splitByApplicability({
      ...completeAnswers,
      phiInvolved: 'yes',
      baaAvailable: 'no',
    });
    expect(active).not.toHaveProperty('phiInvolved');
    expect(inactive).toEqual({ phiInvolved: 'yes', baaAvailable: 'no' });
  });

  it('drops the answers of a hidden question and of the questions that depend on it', () => {
    // phiInvolved is asked when health is involved, baaAvailable when PHI may be: without health, both go.
    const { active, inactive } = splitByApplicability({
      ...completeAnswers,
      industry: 'retail',
      sensitiveData: ['none'],
      phiInvolved: 'yes',
      baaAvailable: 'no',
    });
    expect(active).not.toHaveProperty('baaAvailable');
    expect(inactive).toEqual({ phiInvolved: 'yes', baaAvailable: 'no' });
  });

  it('keeps keys that are not questions aside, including names of Object.prototype properties', () => {
    const answers = JSON.parse('{"industry":"retail","constructor":"x","toString":"y","bogus":1}') as Answers;
    const { active, inactive } = splitByApplicability(answers);
    expect(active).toEqual({ industry: 'retail' });
    expect(inactive).toEqual({ constructor: 'x', toString: 'y', bogus: 1 });
  });
});
