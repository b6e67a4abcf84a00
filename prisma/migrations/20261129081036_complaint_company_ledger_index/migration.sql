-- CreateIndex
CREATE INDEX "Complaint_companyId_createdAt_id_idx" ON "Complaint"("companyId", "createdAt" DESC, "id" DESC);
