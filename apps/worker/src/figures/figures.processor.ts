import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName } from '@khung/jobs';
import { assertHandlers, QueueProcessor, WORKER_OPTIONS } from '../job-handlers.js';
import { FiguresService } from './figures.service.js';

@Processor(QueueName.Figures, WORKER_OPTIONS)
export class FiguresProcessor extends QueueProcessor<typeof JobName.PlanFigures | typeof JobName.AllFigures> {
  protected readonly handlers = assertHandlers(QueueName.Figures, {
    [JobName.PlanFigures]: (payload) => this.figures.recompute(payload.planId),
    [JobName.AllFigures]: () => this.figures.recomputeAll(),
  });

  constructor(private readonly figures: FiguresService) {
    super();
  }
}
